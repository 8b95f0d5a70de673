<?php
// What PHP's own multipart parser made of a request, as JSON: $_POST and $_FILES with one entry per leaf,
// keyed the way PHP spells it ("file", "file[0]"), and the SHA-256 of every uploaded temporary file.
// Served by `php -S` in php_parity_test.sh, which sends the same requests to casedesk-crm-sim.
declare(strict_types=1);

function addFiles(string $key, $name, $size, $error, $tmp, array &$out): void
{
    if (is_array($name)) {
        foreach ($name as $index => $child) {
            addFiles($key . '[' . $index . ']', $child, $size[$index], $error[$index], $tmp[$index], $out);
        }
        return;
    }
    $out[] = [
        'key' => $key,
        'name' => $name,
        'size' => $size,
        'error' => $error,
        'sha256' => $error === UPLOAD_ERR_OK ? hash_file('sha256', $tmp) : null,
    ];
}

function addFields(string $key, $value, array &$out): void
{
    if (is_array($value)) {
        foreach ($value as $index => $child) {
            addFields($key . '[' . $index . ']', $child, $out);
        }
        return;
    }
    $out[$key] = $value;
}

$files = [];
foreach ($_FILES as $key => $file) {
    addFiles((string) $key, $file['name'], $file['size'], $file['error'], $file['tmp_name'], $files);
}
$fields = [];
foreach ($_POST as $key => $value) {
    addFields((string) $key, $value, $fields);
}
header('Content-Type: application/json');
echo json_encode(['post' => (object) $fields, 'files' => $files],
    JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
