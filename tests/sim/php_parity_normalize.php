<?php
// Prints sorted, comparable lines for php_parity_test.sh from one of three JSON answers:
//   php FILE     php_parity_echo.php's $_POST and $_FILES
//   sim FILE     the simulator's /__sim/last-request (its reading of $_FILES and of the text fields)
//   stored FILE  the simulator's /__sim/case (the files it stored)
// and, for "php", the files update.php would store ("stored" lines): under file or files, plain or with one
// index, uploaded without error. The file name is the one $_FILES reports (no directory).
declare(strict_types=1);

[, $mode, $path] = $argv;
$data = json_decode(file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
$lines = [];
$line = fn (string $kind, array $values) => $kind . ' ' . json_encode($values, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);

switch ($mode) {
case 'php':
    foreach ($data['files'] as $f) {
        $kept = $f['error'] === UPLOAD_ERR_OK && preg_match('/^files?(\[[^\[\]]*\])?$/', $f['key']) === 1;
        $lines[] = $line('file', [$f['key'], $f['name'], $f['size'], $f['error'], $f['sha256'], $kept]);
        if ($kept) {
            $lines[] = $line('stored', [$f['name'], $f['size'], $f['sha256']]);
        }
    }
    foreach ($data['post'] as $key => $value) {
        $lines[] = $line('post', [(string) $key, $value]);
    }
    break;
case 'sim':
    foreach ($data['files'] as $f) {
        if ($f['php'] === null) {
            continue; // PHP skipped it or a later part replaced it: not in $_FILES
        }
        $ok = $f['php']['error'] === UPLOAD_ERR_OK;
        $lines[] = $line('file', [$f['php']['key'], $f['php']['name'], $ok ? $f['size'] : 0, $f['php']['error'],
                                  $ok ? $f['sha256'] : null, $f['kept']]);
    }
    foreach ($data['fields'] as $key => $value) {
        $lines[] = $line('post', [(string) $key, $value]);
    }
    break;
case 'stored':
    foreach ($data['files'] as $f) {
        $lines[] = $line('stored', [$f['filename'], $f['size'], $f['sha256']]);
    }
    break;
default:
    fwrite(STDERR, "unknown mode $mode\n");
    exit(2);
}
sort($lines);
echo implode("\n", $lines), $lines ? "\n" : '';
