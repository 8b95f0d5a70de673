<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Casedesk</source>
        <translation>Acerca de Casedesk</translation>
    </message>
    <message>
        <source>Correct wolkvox CRM cases from the desktop: status, priority, responsible person, solution, custom fields and attachments.</source>
        <translation>Corrige casos del CRM wolkvox desde el escritorio: estado, prioridad, responsable, solución, campos personalizados y adjuntos.</translation>
    </message>
    <message>
        <source>Casedesk %1 with Qt %2 (built with Qt %3) on %4</source>
        <translation>Casedesk %1 con Qt %2 (compilado con Qt %3) en %4</translation>
    </message>
    <message>
        <source>Casedesk %1</source>
        <translation>Casedesk %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Casedesk authors. Casedesk is free software under the &lt;a href=&quot;%1&quot;&gt;MIT licence&lt;/a&gt;.</source>
        <translation>Copyright © 2026 Los autores de Casedesk. Casedesk es software libre bajo la &lt;a href=&quot;%1&quot;&gt;licencia MIT&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Project page and bug reports</source>
        <translation>Página del proyecto e informes de errores</translation>
    </message>
    <message>
        <source>How Casedesk uses the wolkvox cases API</source>
        <translation>Cómo usa Casedesk la API de casos de wolkvox</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>For a support request: Casedesk&apos;s, Qt&apos;s and the system&apos;s versions</source>
        <translation>Para una solicitud de soporte: las versiones de Casedesk, de Qt y del sistema</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>the network connection was closed before sending</source>
        <translation>la conexión de red se cerró antes del envío</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Rejected by the CRM</source>
        <translation>Rechazado por el CRM</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Falla de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The CRM updated the case.</source>
        <translation>El CRM actualizó el caso.</translation>
    </message>
    <message>
        <source>The CRM updated the case %1.</source>
        <translation>El CRM actualizó el caso %1.</translation>
    </message>
    <message>
        <source>You cancelled the update. The CRM may or may not have applied it; check the case before sending again.</source>
        <translation>Se canceló la actualización. Puede que el CRM la haya aplicado o no; revise el caso antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so the transfer was abandoned. The update may or may not have been applied; check the case, then try again or raise the timeout in Settings.</source>
        <translation>El CRM dejó de responder y se abandonó la transferencia. Puede que la actualización se haya aplicado o no; revise el caso y vuelva a intentarlo o aumente el tiempo de espera en Configuración.</translation>
    </message>
    <message>
        <source>Nothing was sent: the update is not complete.</source>
        <translation>No se envió nada: la actualización está incompleta.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty page instead of the CRM&apos;s answer. The update may or may not have been applied; check the case.</source>
        <translation>El servidor respondió HTTP %1 con una página vacía en lugar de la respuesta del CRM. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the CRM&apos;s answer; a proxy or the CRM itself is having trouble. Check the case, and try again later.</source>
        <translation>El servidor respondió HTTP %1 con una página web en lugar de la respuesta del CRM; un proxy o el propio CRM tiene problemas. Revise el caso y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but the answer is incomplete or not in the CRM&apos;s format. The update may or may not have been applied; check the case.</source>
        <translation>El servidor respondió HTTP %1, pero la respuesta está incompleta o no tiene el formato del CRM. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>The server tried to send the update to another address (%1). Casedesk does not follow it, so your token stays private. Check the server address.</source>
        <translation>El servidor intentó enviar la actualización a otra dirección (%1). Casedesk no sigue esa redirección, para que el token no quede expuesto. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address, or try again in a moment.</source>
        <translation>El servidor rechazó la conexión. Revise la dirección del servidor o vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address and your network.</source>
        <translation>No se encontró el nombre del servidor. Revise la dirección del servidor y la red.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The update may or may not have been applied; check the case.</source>
        <translation>El servidor cerró la conexión antes de responder. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>The network is unavailable. Check your connection and try again.</source>
        <translation>La red no está disponible. Revise la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The CRM does not accept this token for the operation. Check that the token and the operation belong together, or ask your administrator for a new token.</source>
        <translation>El CRM no acepta este token para la operación. Verifique que el token corresponda a la operación o solicite un token nuevo a su administrador.</translation>
    </message>
    <message>
        <source>This token has used all of today&apos;s calls. Wait until the count restarts, or ask your administrator to raise the limit.</source>
        <translation>Este token ya usó todas las peticiones de hoy. Espere a que se reinicie el conteo o pida a su administrador que aumente el límite.</translation>
    </message>
    <message>
        <source>The CRM allows only two requests at a time per token. Wait for the other update to finish and send again.</source>
        <translation>El CRM solo permite dos peticiones simultáneas por token. Espere a que termine la otra actualización y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The CRM says required fields are missing. Check the operation, wolkvox-id, case type, responsible, status and priority.</source>
        <translation>El CRM indica que faltan campos obligatorios. Revise la operación, el wolkvox-id, el tipo de caso, el responsable, el estado y la prioridad.</translation>
    </message>
    <message>
        <source>The server does not offer the cases API. Check the server address.</source>
        <translation>El servidor no ofrece la API de casos. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API is switched off for a while (usually during backups). Try again later.</source>
        <translation>La API del CRM está desactivada temporalmente (por lo general, durante las copias de seguridad). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The CRM has no case with this wolkvox-id in the operation. Check the id.</source>
        <translation>El CRM no tiene ningún caso con este wolkvox-id en la operación. Revise el wolkvox-id.</translation>
    </message>
    <message>
        <source>The CRM rejected the update: %1</source>
        <translation>El CRM rechazó la actualización: %1</translation>
    </message>
    <message>
        <source>The CRM received no token. Enter this operation&apos;s Wolkvox-Token and send again.</source>
        <translation>El CRM no recibió ningún token. Ingrese el Wolkvox-Token de esta operación y vuelva a enviar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so nothing shows that this server is the CRM. If your company runs it with its own certificate, choose that certificate as the CA bundle in Settings.</source>
        <translation>El certificado del servidor es autofirmado, así que nada demuestra que este servidor sea el CRM. Si su empresa lo administra con su propio certificado, seleccione ese certificado como paquete de CA en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1; its administrators must renew it.</source>
        <translation>El certificado del servidor venció el %1; sus administradores deben renovarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor no es válido antes del %1; revise la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not name %1. Check the server address.</source>
        <translation>El certificado del servidor no incluye el nombre %1. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2. Check the server address.</source>
        <translation>El certificado del servidor es para %1, no para %2. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust. If it is your company&apos;s own authority, choose its CA bundle in Settings.</source>
        <translation>El certificado del servidor proviene de una autoridad en la que este equipo no confía. Si es la autoridad propia de su empresa, seleccione su paquete de CA en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by “%1”, an authority this computer does not trust. If it is your company&apos;s own authority, choose its CA bundle in Settings.</source>
        <translation>El certificado del servidor fue emitido por “%1”, una autoridad en la que este equipo no confía. Si es la autoridad propia de su empresa, seleccione su paquete de CA en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its authority.</source>
        <translation>La autoridad que emitió el certificado del servidor lo revocó.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>Se rechazó el certificado del servidor: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was cut off; it is not the CRM&apos;s answer. The update may or may not have been applied; check the case.</source>
        <translation>La respuesta del servidor superó %1 y se recortó; no es la respuesta del CRM. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>Casedesk refused the server&apos;s certificate, so nothing was sent.</source>
        <translation>Casedesk rechazó el certificado del servidor, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The connection to the server broke off before it answered. The update may or may not have been applied; check the case.</source>
        <translation>La conexión con el servidor se cortó antes de que respondiera. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>Updated, files missing</source>
        <extracomment>An outcome: the case was updated, but some of its attachments cannot have reached the CRM</extracomment>
        <translation>Actualizado, faltan archivos</translation>
    </message>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with “One update per file” in Settings.</source>
        <translation>
            <numerusform>El CRM actualizó el caso, pero no puede haber guardado %n de los archivos: %1. Todos se enviaron en una sola petición con un campo de adjuntos que admite un solo archivo. Vuelva a enviarlo con “Una actualización por archivo” en Configuración.</numerusform>
            <numerusform>El CRM actualizó el caso, pero no puede haber guardado %n de los archivos: %1. Todos se enviaron en una sola petición con un campo de adjuntos que admite un solo archivo. Vuelva a enviarlos con “Una actualización por archivo” en Configuración.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server and Casedesk could not agree on a secure connection.</source>
        <translation>El servidor y Casedesk no lograron acordar una conexión segura.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. Check the server address; a company certificate authority goes in Settings.</source>
        <translation>No se pudo establecer una conexión segura con el servidor, así que no se envió nada. Revise la dirección del servidor; la autoridad de certificación de la empresa se indica en Configuración.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy did not pass the update on. Check the proxy settings of this computer, or ask your IT team.</source>
        <translation>El proxy de la red no reenvió la actualización. Revise la configuración de proxy de este equipo o consulte al área de TI.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and the transfer failed. The update may or may not have been applied; check the case.</source>
        <translation>El servidor respondió HTTP %1 y la transferencia falló. Puede que la actualización se haya aplicado o no; revise el caso.</translation>
    </message>
    <message>
        <source>The update could not be delivered: the connection to the server failed. Check the server address and your network, then try again.</source>
        <translation>No se pudo entregar la actualización: falló la conexión con el servidor. Revise la dirección del servidor y la red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The CRM rejected the update with HTTP status %1 and code %2.</source>
        <translation>El CRM rechazó la actualización con el estado HTTP %1 y el código %2.</translation>
    </message>
    <message>
        <source>The CRM rejected the update with HTTP status %1, without a code.</source>
        <translation>El CRM rechazó la actualización con el estado HTTP %1, sin código.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so nothing shows that this server is the CRM. If your company runs it with its own certificate, pass that certificate with --ca-bundle.</source>
        <translation>El certificado del servidor es autofirmado, así que nada demuestra que este servidor sea el CRM. Si su empresa lo administra con su propio certificado, indique ese certificado con --ca-bundle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust. If it is your company&apos;s own authority, pass its CA bundle with --ca-bundle.</source>
        <translation>El certificado del servidor proviene de una autoridad en la que este equipo no confía. Si es la autoridad propia de su empresa, indique su paquete de CA con --ca-bundle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by “%1”, an authority this computer does not trust. If it is your company&apos;s own authority, pass its CA bundle with --ca-bundle.</source>
        <translation>El certificado del servidor fue emitido por “%1”, una autoridad en la que este equipo no confía. Si es la autoridad propia de su empresa, indique su paquete de CA con --ca-bundle.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so the transfer was abandoned. The update may or may not have been applied; check the case, then try again or raise --timeout.</source>
        <translation>El CRM dejó de responder y se abandonó la transferencia. Puede que la actualización se haya aplicado o no; revise el caso y vuelva a intentarlo o aumente --timeout.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. Check the server address; a company certificate authority is passed with --ca-bundle.</source>
        <translation>No se pudo establecer una conexión segura con el servidor, así que no se envió nada. Revise la dirección del servidor; la autoridad de certificación de la empresa se indica con --ca-bundle.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with --attachments one-per-file.</source>
        <translation>
            <numerusform>El CRM actualizó el caso, pero no puede haber guardado %n de los archivos: %1. Todos se enviaron en una sola petición con un campo de adjuntos que admite un solo archivo. Vuelva a enviarlo con --attachments one-per-file.</numerusform>
            <numerusform>El CRM actualizó el caso, pero no puede haber guardado %n de los archivos: %1. Todos se enviaron en una sola petición con un campo de adjuntos que admite un solo archivo. Vuelva a enviarlos con --attachments one-per-file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentDevice</name>
    <message>
        <source>the attachment “%1” could not be read while it was being sent (%2), so the upload was stopped.</source>
        <translation>no se pudo leer el adjunto “%1” mientras se enviaba (%2), así que se detuvo el envío.</translation>
    </message>
    <message>
        <source>the attachment “%1” changed size while it was being sent (from %2 to %3), so the upload was stopped before the CRM received an incomplete copy. Wait until the file is complete, then send again.</source>
        <translation>el adjunto “%1” cambió de tamaño mientras se enviaba (de %2 a %3), así que se detuvo el envío antes de que el CRM recibiera una copia incompleta. Espere a que el archivo esté completo y vuelva a enviar.</translation>
    </message>
    <message>
        <source>the attachment “%1” was modified while it was being sent, so the upload was stopped before the CRM received a mixed copy. Send again once nobody is changing the file.</source>
        <translation>el adjunto “%1” se modificó mientras se enviaba, así que se detuvo el envío antes de que el CRM recibiera una copia mezclada. Vuelva a enviar cuando nadie esté modificando el archivo.</translation>
    </message>
    <message>
        <source>the attachment “%1” was removed while it was being sent, so the upload was stopped. Attach the file again.</source>
        <translation>el adjunto “%1” se eliminó mientras se enviaba, así que se detuvo el envío. Vuelva a adjuntar el archivo.</translation>
    </message>
    <message>
        <source>the attachment “%1” was replaced by another file while it was being sent, so the upload was stopped. Check the file, then send again.</source>
        <translation>el adjunto “%1” se reemplazó por otro archivo mientras se enviaba, así que se detuvo el envío. Revise el archivo y vuelva a enviar.</translation>
    </message>
    <message>
        <source>the attachment “%1” ended early while it was being sent, so the upload was stopped.</source>
        <translation>el adjunto “%1” terminó antes de lo esperado mientras se enviaba, así que se detuvo el envío.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Attach&amp;ments</source>
        <translation>A&amp;djuntos</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Agregar archivos</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;gregar archivos…</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Files sent with the update, with size and any problem</source>
        <translation>Archivos que se envían con la actualización, con su tamaño y sus posibles problemas</translation>
    </message>
    <message>
        <source>Drop files from the file manager onto this list.</source>
        <translation>Arrastre archivos desde el administrador de archivos y suéltelos en esta lista.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Files the CRM accepts (%1)</source>
        <translation>Archivos que acepta el CRM (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove files</source>
        <translation>&amp;Quitar archivos</translation>
    </message>
    <message>
        <source>Choose files to attach (%1); you can also drop files here</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Seleccionar archivos para adjuntar (%1); también puede soltar archivos aquí</translation>
    </message>
    <message>
        <source>Remove the selected files (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Quitar los archivos seleccionados (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Missing</source>
        <extracomment>Short problem of an attachment, in its list: the file is no longer where it was added</extracomment>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>No es un archivo</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>Type not accepted</source>
        <translation>Tipo no aceptado</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Short problem of an attachment, in its list, when no other word fits</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Check column of an attachment with no problem</extracomment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column header of the attachments list: whether each file can be sent (&quot;Ready&quot;) or what is wrong with it</extracomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Empty</source>
        <extracomment>Short problem of an attachment, in its list: the file has 0 bytes</extracomment>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Already sent</source>
        <extracomment>Check column of an attachment the CRM already has with this case, not ticked to send again</extracomment>
        <translation>Ya enviado</translation>
    </message>
    <message>
        <source>%1

The CRM already has this file with the case. Tick it to send it again.</source>
        <translation>%1

El CRM ya tiene este archivo en el caso. Márquelo para volver a enviarlo.</translation>
    </message>
    <message>
        <source>Already sent with this case; not sent again unless ticked.</source>
        <translation>Ya se envió con este caso; no se vuelve a enviar a menos que se marque.</translation>
    </message>
</context>
<context>
    <name>BatchCheckPage</name>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <extracomment>Check box: show only the rows that cannot be sent</extracomment>
        <translation>Solo filas con &amp;problemas</translation>
    </message>
    <message>
        <source>Rows of the file as they would be sent</source>
        <translation>Filas del archivo tal como se enviarían</translation>
    </message>
    <message>
        <source>Each row&apos;s case id, fields and problems</source>
        <translation>Id del caso, campos y problemas de cada fila</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemas de la fila seleccionada</translation>
    </message>
    <message>
        <source>Reload the &amp;file</source>
        <extracomment>Button: read the file again after fixing it in the spreadsheet</extracomment>
        <translation>&amp;Recargar el archivo</translation>
    </message>
    <message>
        <source>&amp;Send valid rows…</source>
        <translation>&amp;Enviar filas válidas…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be sent</source>
        <translation>
            <numerusform>%n fila se puede enviar</numerusform>
            <numerusform>%n filas se pueden enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n fila con problemas</numerusform>
            <numerusform>%n filas con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n valid row(s)…</source>
        <translation>
            <numerusform>&amp;Enviar %n fila válida…</numerusform>
            <numerusform>&amp;Enviar %n filas válidas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Review where the rows go, then start sending</source>
        <translation>Revise a dónde van las filas y luego inicie el envío</translation>
    </message>
    <message>
        <source>No row can be sent: fix the file or the columns first.</source>
        <translation>No se puede enviar ninguna fila: primero corrija el archivo o las columnas.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is ready to send.</source>
        <translation>La fila %1 (línea %2) está lista para enviarse.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Fila %1 (línea %2): %3</translation>
    </message>
    <message>
        <source>Select a row to read its problems in full.</source>
        <translation>Seleccione una fila para ver todos sus problemas.</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in the spreadsheet, and check it again (%1)</source>
        <extracomment>%1 is the key that does the same, as the system names it</extracomment>
        <translation>Volver a leer el archivo después de corregirlo en la hoja de cálculo y revisarlo de nuevo (%1)</translation>
    </message>
    <message>
        <source>No row can be sent</source>
        <translation>No se puede enviar ninguna fila</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>There is no column “%1” in the header. The columns are: %2.</source>
        <translation>No hay ninguna columna “%1” en el encabezado. Las columnas son: %2.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not “%1”.</source>
        <translation>--map requiere COLUMN=FIELD, no “%1”.</translation>
    </message>
    <message>
        <source>--map %1: give the custom field a name after “form:”.</source>
        <translation>--map %1: indique el nombre del campo personalizado después de “form:”.</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not a field. Use one of %3, or form:NAME.</source>
        <translation>--map %1: “%2” no es un campo. Use uno de los siguientes: %3 o form:NAME.</translation>
    </message>
    <message>
        <source>Column “%1” → custom field “%2”</source>
        <translation>Columna “%1” → campo personalizado “%2”</translation>
    </message>
    <message>
        <source>Column “%1” → %2</source>
        <translation>Columna “%1” → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/min</source>
        <translation>%1 filas/min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Row %1 (line %2, case %3)</source>
        <translation>Fila %1 (línea %2, caso %3)</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>The CSV file, or - for text on standard input.</source>
        <translation>El archivo CSV, o - para texto en la entrada estándar.</translation>
    </message>
    <message>
        <source>Take the server, operation, default case type, status and priority and the connection settings from the window&apos;s connection profile NAME.</source>
        <translation>Tomar del perfil de conexión NAME de la ventana de Casedesk el servidor, la operación, el tipo de caso, el estado y la prioridad predeterminados, y la configuración de conexión.</translation>
    </message>
    <message>
        <source>Requests in flight at once: 1 or 2 (default 2, the CRM&apos;s limit per token).</source>
        <translation>Peticiones simultáneas: 1 o 2 (predeterminado: 2, el límite del CRM por token).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to OUT.csv when the batch ends.</source>
        <translation>Escribir el resultado de cada fila en OUT.csv al terminar el lote.</translation>
    </message>
    <message>
        <source>Continue the last unfinished batch of this file (same path and content). Rows that were being sent when it stopped are reported, not resent.</source>
        <translation>Reanudar el último lote sin terminar de este archivo (misma ruta y mismo contenido). Las filas que se estaban enviando cuando se detuvo se informan, pero no se reenvían.</translation>
    </message>
    <message>
        <source>With --resume: send again the rows that were being sent when the batch stopped. Check those cases first: the CRM may already have applied them.</source>
        <translation>Con --resume: volver a enviar las filas que se estaban enviando cuando el lote se detuvo. Revise primero esos casos: puede que el CRM ya haya aplicado los cambios.</translation>
    </message>
    <message>
        <source>With --resume: send again the rows that failed.</source>
        <translation>Con --resume: volver a enviar las filas que fallaron.</translation>
    </message>
    <message>
        <source>Start a new batch even if this file was sent before.</source>
        <translation>Iniciar un lote nuevo aunque este archivo ya se haya enviado.</translation>
    </message>
    <message>
        <source>Send the valid rows even if others are invalid (they are reported, not sent).</source>
        <translation>Enviar las filas válidas aunque otras no lo sean (esas se informan, pero no se envían).</translation>
    </message>
    <message>
        <source>Map a column to a field: wolkvox-id, case-type, responsible, status, priority, solution, attachments, operation, ignore, or form:NAME for a custom field. Repeat for more.</source>
        <translation>Asignar una columna a un campo: wolkvox-id, case-type, responsible, status, priority, solution, attachments, operation, ignore o form:NAME para un campo personalizado. Repítalo para asignar más.</translation>
    </message>
    <message>
        <source>Do not send this column. Repeat for more.</source>
        <translation>No enviar esta columna. Repítalo para más columnas.</translation>
    </message>
    <message>
        <source>Send the columns no field name matches as custom fields (default: ignore them).</source>
        <translation>Enviar como campos personalizados las columnas que no coinciden con ningún nombre de campo (predeterminado: ignorarlas).</translation>
    </message>
    <message>
        <source>Case type for the rows when no column gives it.</source>
        <translation>Tipo de caso que se usa en las filas cuando ninguna columna lo indica.</translation>
    </message>
    <message>
        <source>Responsible for the rows when no column gives it.</source>
        <translation>Responsable que se usa en las filas cuando ninguna columna lo indica.</translation>
    </message>
    <message>
        <source>Status for the rows when no column gives it.</source>
        <translation>Estado que se usa en las filas cuando ninguna columna lo indica.</translation>
    </message>
    <message>
        <source>Priority for the rows when no column gives it.</source>
        <translation>Prioridad que se usa en las filas cuando ninguna columna la indica.</translation>
    </message>
    <message>
        <source>Solution for the rows when no column gives it.</source>
        <translation>Solución que se usa en las filas cuando ninguna columna la indica.</translation>
    </message>
    <message>
        <source>A status that closes cases; repeat for more (default: %1).</source>
        <translation>Un estado que cierra casos; repítalo para agregar más (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The history file that keeps batches (default: the window&apos;s, %1).</source>
        <translation>El archivo de historial donde se guardan los lotes (predeterminado: el de la ventana de Casedesk, %1).</translation>
    </message>
    <message>
        <source>Give one file: casedesk-cli batch FILE.csv (or - for standard input).</source>
        <translation>Indique un solo archivo: casedesk-cli batch FILE.csv (o - para la entrada estándar).</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”; the window has none yet.</source>
        <translation>No existe el perfil de conexión “%1”; la ventana de Casedesk todavía no tiene perfiles.</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”. The profiles are: %2.</source>
        <translation>No existe el perfil de conexión “%1”. Los perfiles son: %2.</translation>
    </message>
    <message>
        <source>--concurrency takes 1 or 2: the CRM allows at most 2 requests at a time per token.</source>
        <translation>--concurrency requiere 1 o 2: el CRM permite como máximo 2 peticiones simultáneas por token.</translation>
    </message>
    <message>
        <source>Choose --resume or --new, not both.</source>
        <translation>Use --resume o --new, pero no ambos.</translation>
    </message>
    <message>
        <source>--server is required (or --profile).</source>
        <translation>--server es obligatorio (o --profile).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Fila %1 (línea %2): %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be sent.</source>
        <translation>Se pueden enviar %1 de %2 filas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n row(s) cannot be sent. Fix the file, or pass --skip-invalid to send the valid rows only.</source>
        <translation>
            <numerusform>No se envió nada: %n fila no se puede enviar. Corrija el archivo o use --skip-invalid para enviar solo las filas válidas.</numerusform>
            <numerusform>No se envió nada: %n filas no se pueden enviar. Corrija el archivo o use --skip-invalid para enviar solo las filas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch of %1 with this content to resume. If you changed the file, run without --resume to start a new batch.</source>
        <translation>No hay ningún lote de %1 con este contenido para reanudar. Si modificó el archivo, ejecute el comando sin --resume para iniciar un lote nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. Check these cases; they are sent again only with --resend-interrupted:</source>
        <translation>
            <numerusform>%n fila se estaba enviando cuando el lote se detuvo; puede que el CRM la haya aplicado o no. Revise este caso; solo se vuelve a enviar con --resend-interrupted:</numerusform>
            <numerusform>%n filas se estaban enviando cuando el lote se detuvo; puede que el CRM las haya aplicado o no. Revise estos casos; solo se vuelven a enviar con --resend-interrupted:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming batch %1 of %2.</source>
        <translation>Reanudando el lote %1 de %2.</translation>
    </message>
    <message>
        <source>Next try in %1.</source>
        <translation>Nuevo intento en %1.</translation>
    </message>
    <message>
        <source>Stopping after the requests in flight; press Ctrl-C again to stop at once.</source>
        <translation>Se detendrá cuando terminen las peticiones en curso; presione Ctrl-C otra vez para detener todo de inmediato.</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 rows updated.</source>
        <translation>Lote %1: %2 de %3 filas actualizadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet. Run the same command with --resume to continue.</source>
        <translation>
            <numerusform>%n fila aún no se envió. Ejecute el mismo comando con --resume para continuar.</numerusform>
            <numerusform>%n filas aún no se enviaron. Ejecute el mismo comando con --resume para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the cases of the rows that failed on the network or were interrupted: the CRM may have applied them.</source>
        <translation>Revise los casos de las filas que fallaron por la red o se interrumpieron: puede que el CRM las haya aplicado.</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed</source>
        <translation>%1 de %2 filas procesadas</translation>
    </message>
    <message>
        <source>--resend-interrupted only works with --resume.</source>
        <translation>--resend-interrupted solo se usa junto con --resume.</translation>
    </message>
    <message>
        <source>--retry-failed only works with --resume.</source>
        <translation>--retry-failed solo se usa junto con --resume.</translation>
    </message>
    <message>
        <source>%1 was already started as batch %2 on %3 and is not finished (%4 of %5 rows updated). Pass --resume to continue it, or --new to send everything again.</source>
        <translation>%1 ya se empezó a enviar como lote %2 el %3 y no está terminado (%4 de %5 filas actualizadas). Use --resume para reanudarlo o --new para volver a enviarlo todo.</translation>
    </message>
    <message>
        <source>%1 was already sent as batch %2 on %3 (%4 of %5 rows updated). Pass --new to send it again.</source>
        <translation>%1 ya se envió como lote %2 el %3 (%4 de %5 filas actualizadas). Use --new para volver a enviarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Sending it spends %Ln call(s) of the token&apos;s daily quota.</source>
        <translation>
            <numerusform>Enviarlo gasta %Ln petición del cupo diario del token.</numerusform>
            <numerusform>Enviarlo gasta %Ln peticiones del cupo diario del token.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls left today could not be asked for, so nothing was sent: %1</source>
        <translation>No se pudo consultar cuántas peticiones quedan hoy, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The calls left today could not be asked for, so nothing was sent: %1 Pass --allow-over-quota to send without asking.</source>
        <translation>No se pudo consultar cuántas peticiones quedan hoy, así que no se envió nada: %1 Use --allow-over-quota para enviar sin consultar.</translation>
    </message>
    <message>
        <source>The token has %1 of its %2 calls left today (asking cost one call).</source>
        <translation>Al token le quedan hoy %1 de sus %2 peticiones (la consulta costó una petición).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have several files: each is sent as one update per file, with the same fields, so that the CRM keeps every file; each update is one call.</source>
        <translation>
            <numerusform>%n fila tiene varios archivos: se envía como una actualización por archivo, con los mismos campos, para que el CRM guarde todos los archivos; cada actualización es una petición.</numerusform>
            <numerusform>%n filas tienen varios archivos: cada una se envía como una actualización por archivo, con los mismos campos, para que el CRM guarde todos los archivos; cada actualización es una petición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) send several files in one request under the part name “%1”: the CRM keeps only the last file of each, and those rows end incomplete.</source>
        <translation>
            <numerusform>%n fila envía varios archivos en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último archivo, y esa fila queda incompleta.</numerusform>
            <numerusform>%n filas envían varios archivos en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último archivo de cada una, y esas filas quedan incompletas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update many cases from a CSV file (or TAB-separated text on standard input with FILE “-”). Every row is checked with the window&apos;s rules before anything is sent; rows are sent at the CRM&apos;s pace and their progress is kept, so an interrupted batch can be resumed.

Columns are mapped from their header names in English, Spanish or Portuguese (wolkvox-id/id, case-type/tipo de caso, responsible/responsable/responsável, status/estado, priority/prioridad/prioridade, solution/solución/solução, attachments/adjuntos/anexos, operation); a header “form:NAME” is the custom field NAME. Attachment cells hold paths separated by |, relative to the file. Empty custom-field cells are not sent.

Exit codes:
  0  every row was updated
  1  some rows were rejected by the CRM, skipped as invalid (--skip-invalid), or incomplete:
     updated, but not every file can have arrived (--attachments one-request)
  2  invalid input; nothing was sent
  3  some rows failed on the network or were interrupted; check those cases in the CRM
  4  the batch stopped early (daily quota used up, token refused, CRM unreachable or in
     maintenance, Ctrl-C); the rest is kept: run again with --resume. Also when a --from-crm
     batch did not start because the calls left today cannot finish it (a dry run: would
     not start)

A batch says how many calls of the token&apos;s daily quota it will spend: one per update request
(one per file where files go one update per file), and with --from-crm one more per row for
its read. A --from-crm batch, and its dry run, first ask the CRM how many calls are left,
which costs one call (token/tokenInformation.php), and a batch they cannot finish does not
start unless --allow-over-quota is given.</source>
        <translation>Actualiza muchos casos desde un archivo CSV (o texto separado por TAB en la entrada estándar con FILE “-”). Cada fila se revisa con las reglas de la ventana antes de enviar nada; las filas se envían al ritmo del CRM y se guarda su avance, de modo que un lote interrumpido se puede reanudar.

Las columnas se asignan por sus nombres de encabezado en inglés, español o portugués (wolkvox-id/id, case-type/tipo de caso, responsible/responsable/responsável, status/estado, priority/prioridad/prioridade, solution/solución/solução, attachments/adjuntos/anexos, operation); un encabezado “form:NAME” es el campo personalizado NAME. Las celdas de adjuntos contienen rutas separadas por |, relativas al archivo. Las celdas vacías de campos personalizados no se envían.

Códigos de salida:
  0  se actualizaron todas las filas
  1  el CRM rechazó algunas filas, se omitieron por no válidas (--skip-invalid) o quedaron
     incompletas: actualizadas, pero puede que no hayan llegado todos los archivos
     (--attachments one-request)
  2  entrada no válida; no se envió nada
  3  algunas filas fallaron por la red o se interrumpieron; revise esos casos en el CRM
  4  el lote se detuvo antes de tiempo (cupo diario agotado, token rechazado, CRM
     inaccesible o en mantenimiento, Ctrl-C); el resto se conserva: ejecútelo de nuevo con
     --resume. También cuando un lote --from-crm no se inició porque las peticiones que
     quedan hoy no alcanzan para terminarlo (en una prueba sin envío: no se iniciaría)

Un lote indica cuántas peticiones del cupo diario del token gastará: una por petición de
actualización (una por archivo cuando los archivos van en una actualización por archivo), y
con --from-crm una más por fila para su lectura. Un lote --from-crm, y su prueba sin envío,
primero consultan al CRM cuántas peticiones quedan, lo que cuesta una petición
(token/tokenInformation.php), y un lote que no pueden terminar no se inicia salvo que se
indique --allow-over-quota.</translation>
    </message>
    <message>
        <source>Check every row and report, with the calls of the daily quota the batch will spend (with --from-crm against those left: asking costs one call); send nothing.</source>
        <translation>Revisar cada fila e informar cuántas peticiones del cupo diario gastará el lote (con --from-crm, comparadas con las que quedan: consultarlo cuesta una petición); no enviar nada.</translation>
    </message>
    <message>
        <source>Read each row&apos;s case first (one more call of the quota per row) and take every field no column and no option gives (case type, responsible, status, priority, solution) from the case as the CRM has it, so a file of ids and the columns to change is enough (e.g. wolkvox-id;responsable). A profile&apos;s default case type, status and priority are not used. Rows are checked again after their read; one the case leaves invalid fails without being sent.</source>
        <translation>Leer primero el caso de cada fila (una petición más del cupo por fila) y tomar del caso, tal como lo tiene el CRM, cada campo que no da ninguna columna ni opción (tipo de caso, responsable, estado, prioridad, solución), de modo que basta un archivo de ids y las columnas que se cambian (p. ej. wolkvox-id;responsable). No se usan el tipo de caso, el estado ni la prioridad predeterminados del perfil. Las filas se revisan de nuevo después de leerlas; la que queda inválida con los datos del caso falla sin enviarse.</translation>
    </message>
    <message>
        <source>With --from-crm: start even when the calls left today cannot finish the batch (it stops when they run out; --resume goes on), without spending a call to ask how many are left.</source>
        <translation>Con --from-crm: iniciar aunque las peticiones que quedan hoy no alcancen para terminar el lote (se detiene cuando se acaban; --resume continúa), sin gastar una petición en consultar cuántas quedan.</translation>
    </message>
    <message>
        <source>--allow-over-quota only works with --from-crm.</source>
        <translation>--allow-over-quota solo funciona con --from-crm.</translation>
    </message>
    <message>
        <source>With --from-crm, each row reads its case first and the CRM&apos;s values fill the fields the file does not give.</source>
        <translation>Con --from-crm, cada fila lee primero su caso y los valores del CRM completan los campos que el archivo no da.</translation>
    </message>
    <message>
        <source>The calls left today were not asked for: %1</source>
        <translation>No se consultó cuántas peticiones quedan hoy: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, at %2, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Solo queda %Ln petición hoy y este lote necesita %1, así que no se inició. Ejecútelo cuando se reinicie el conteo, el %2, o use --allow-over-quota para enviar lo que permitan las peticiones de hoy y continúe el resto más tarde con --resume.</numerusform>
            <numerusform>Solo quedan %Ln peticiones hoy y este lote necesita %1, así que no se inició. Ejecútelo cuando se reinicie el conteo, el %2, o use --allow-over-quota para enviar lo que permitan las peticiones de hoy y continúe el resto más tarde con --resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Solo queda %Ln petición hoy y este lote necesita %1, así que no se inició. Ejecútelo cuando se reinicie el conteo, o use --allow-over-quota para enviar lo que permitan las peticiones de hoy y continúe el resto más tarde con --resume.</numerusform>
            <numerusform>Solo quedan %Ln peticiones hoy y este lote necesita %1, así que no se inició. Ejecútelo cuando se reinicie el conteo, o use --allow-over-quota para enviar lo que permitan las peticiones de hoy y continúe el resto más tarde con --resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>%1 is larger than %2; split it into smaller batches.</source>
        <translation>%1 ocupa más de %2; divídalo en lotes más pequeños.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>No column holds the case id. Name a column “wolkvox-id” or “id”, or choose which column it is.</source>
        <translation>Ninguna columna contiene el id del caso. Asigne el nombre “wolkvox-id” o “id” a una columna, o seleccione cuál es.</translation>
    </message>
    <message>
        <source>No column and no default give the case type. Add a “case-type” column or choose a default.</source>
        <translation>Ninguna columna ni valor predeterminado indica el tipo de caso. Agregue una columna “case-type” o seleccione un valor predeterminado.</translation>
    </message>
    <message>
        <source>No column and no default give the responsible. Add a “responsible” column or choose a default.</source>
        <translation>Ninguna columna ni valor predeterminado indica el responsable. Agregue una columna “responsible” o seleccione un valor predeterminado.</translation>
    </message>
    <message>
        <source>No column and no default give the status. Add a “status” column or choose a default.</source>
        <translation>Ninguna columna ni valor predeterminado indica el estado. Agregue una columna “status” o seleccione un valor predeterminado.</translation>
    </message>
    <message>
        <source>No column and no default give the priority. Add a “priority” column or choose a default.</source>
        <translation>Ninguna columna ni valor predeterminado indica la prioridad. Agregue una columna “priority” o seleccione un valor predeterminado.</translation>
    </message>
    <message>
        <source>The case %1 is also on row %2; a batch updates each case once. Remove one of the rows.</source>
        <translation>El caso %1 también está en la fila %2; un lote actualiza cada caso una sola vez. Quite una de las filas.</translation>
    </message>
</context>
<context>
    <name>BatchImportNotices</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>No se puede usar %1</translation>
    </message>
    <message>
        <source>Fix it in the spreadsheet, save it as CSV (UTF-8), and open it again.</source>
        <translation>Corríjalo en la hoja de cálculo, guárdelo como CSV (UTF-8) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Some column names were adjusted</source>
        <translation>Se ajustaron algunos nombres de columna</translation>
    </message>
    <message>
        <source>No row can be sent with these columns</source>
        <translation>Con estas columnas no se puede enviar ninguna fila</translation>
    </message>
    <message>
        <source>Some lines of the file are malformed</source>
        <translation>Algunas líneas del archivo están mal formadas</translation>
    </message>
    <message>
        <source>This content was sent before</source>
        <translation>Este contenido ya se envió</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 on %2 already updated %n case(s) from it. Sending it again updates them again.</source>
        <translation>
            <numerusform>El lote %1 del %2 ya actualizó %n caso con este contenido. Si lo envía de nuevo, el caso se vuelve a actualizar.</numerusform>
            <numerusform>El lote %1 del %2 ya actualizó %n casos con este contenido. Si lo envía de nuevo, los casos se vuelven a actualizar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMappingPage</name>
    <message>
        <source>&amp;Columns of the file:</source>
        <extracomment>Label of the table listing each column of the file and the field it fills</extracomment>
        <translation>&amp;Columnas del archivo:</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Columnas del archivo y los campos que completan</translation>
    </message>
    <message>
        <source>Columns &amp;not recognised:</source>
        <extracomment>Label of the choice of what happens to columns whose name is not a field</extracomment>
        <translation>Columnas &amp;no reconocidas:</translation>
    </message>
    <message>
        <source>What happens to the columns whose name is not a field: sent as custom fields under their own name, or not sent. Each column can still be changed above.</source>
        <translation>Qué pasa con las columnas cuyo nombre no es un campo: se envían como campos personalizados con su propio nombre o no se envían. De todos modos, puede cambiar cada columna arriba.</translation>
    </message>
    <message>
        <source>Values for the fields no column fills (from the current profile)</source>
        <translation>Valores de los campos que ninguna columna completa (del perfil actual)</translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <extracomment>Label: the case type used when no column gives one</extracomment>
        <translation>&amp;Tipo de caso:</translation>
    </message>
    <message>
        <source>Default case type</source>
        <translation>Tipo de caso predeterminado</translation>
    </message>
    <message>
        <source>R&amp;esponsible:</source>
        <extracomment>Label: the responsible used when no column gives one</extracomment>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Default responsible</source>
        <translation>Responsable predeterminado</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <extracomment>Label: the status used when no column gives one</extracomment>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Default status</source>
        <translation>Estado predeterminado</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <extracomment>Label: the priority used when no column gives one</extracomment>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>Prioridad predeterminada</translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <extracomment>Label: the solution used when no column gives one</extracomment>
        <translation>&amp;Solución:</translation>
    </message>
    <message>
        <source>Default solution</source>
        <translation>Solución predeterminada</translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation>Problemas con las columnas</translation>
    </message>
    <message>
        <source>Chec&amp;k rows</source>
        <extracomment>Button: go on to the check of every row</extracomment>
        <translation>Re&amp;visar filas</translation>
    </message>
    <message>
        <source>Check every row with the same rules as the form</source>
        <translation>Revisar cada fila con las mismas reglas que el formulario</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>From the column “%1”</source>
        <translation>De la columna “%1”</translation>
    </message>
    <message>
        <source>Only needed when the status closes the case</source>
        <translation>Solo es necesario si el estado cierra el caso</translation>
    </message>
    <message>
        <source>Needed: no column gives it</source>
        <translation>Necesario: ninguna columna lo indica</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <extracomment>How the file is encoded, in the list that describes the file</extracomment>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <extracomment>How the file is encoded, in the list that describes the file</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows line endings</source>
        <extracomment>How the file&apos;s lines end, in the list that describes the file</extracomment>
        <translation>finales de línea de Windows</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of cases (%2).</source>
        <translation>
            <numerusform>%1: %n fila de casos (%2).</numerusform>
            <numerusform>%1: %n filas de casos (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With these columns, %n row(s) can be sent.</source>
        <translation>
            <numerusform>Con estas columnas, se puede enviar %n fila.</numerusform>
            <numerusform>Con estas columnas, se pueden enviar %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; the check shows them.</source>
        <translation>
            <numerusform>%n fila tiene problemas; la revisión los muestra.</numerusform>
            <numerusform>%n filas tienen problemas; la revisión los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>What happens to the columns whose name is not a field: they are not sent</extracomment>
        <translation>No enviadas</translation>
    </message>
    <message>
        <source>Sent as custom fields</source>
        <extracomment>What happens to the columns whose name is not a field: each is sent as a custom field of its name</extracomment>
        <translation>Enviadas como campos personalizados</translation>
    </message>
    <message>
        <source>With these columns, no row can be sent.</source>
        <translation>Con estas columnas no se puede enviar ninguna fila.</translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message>
        <source>Summary of the results</source>
        <translation>Resumen de los resultados</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <extracomment>Label of the filter of the results: which rows are shown</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Outcome of each row</source>
        <translation>Resultado de cada fila</translation>
    </message>
    <message>
        <source>Case id, outcome, HTTP status, code, message and the wolkvox_id the CRM answered</source>
        <translation>Id del caso, resultado, estado HTTP, código, mensaje y el wolkvox_id que respondió el CRM</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <extracomment>Button: send the rows that failed once more</extracomment>
        <translation>&amp;Reintentar las fallidas</translation>
    </message>
    <message>
        <source>Send the rows that failed once more</source>
        <translation>Volver a enviar las filas que fallaron</translation>
    </message>
    <message>
        <source>Resend &amp;interrupted rows…</source>
        <extracomment>Button: send again the interrupted rows the user ticked (asks first)</extracomment>
        <translation>Reenviar filas &amp;interrumpidas…</translation>
    </message>
    <message>
        <source>&amp;Send the remaining rows</source>
        <extracomment>Button: send the rows a cancel left unsent</extracomment>
        <translation>Enviar las filas re&amp;stantes</translation>
    </message>
    <message>
        <source>Send the rows a cancel left unsent; rows already sent are not sent again</source>
        <translation>Enviar las filas que una cancelación dejó sin enviar; las filas ya enviadas no se vuelven a enviar</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <extracomment>Button: copy the results for a spreadsheet</extracomment>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows (or every row shown) for a spreadsheet</source>
        <translation>Copiar las filas seleccionadas (o todas las filas mostradas) para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <extracomment>Button: save the results as a CSV file</extracomment>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Save every row&apos;s outcome as a CSV file</source>
        <translation>Guardar el resultado de cada fila como archivo CSV</translation>
    </message>
    <message>
        <source>Show in &amp;history</source>
        <extracomment>Button: show this batch&apos;s attempts in the main window&apos;s history</extracomment>
        <translation>Ver en el &amp;historial</translation>
    </message>
    <message>
        <source>Show this batch&apos;s attempts in the main window&apos;s history</source>
        <translation>Mostrar los intentos de este lote en el historial de la ventana principal</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <extracomment>Button: start again with another file</extracomment>
        <translation>&amp;Nuevo lote</translation>
    </message>
    <message>
        <source>Start again with another file</source>
        <translation>Empezar de nuevo con otro archivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln</source>
        <extracomment>A state of the batch&apos;s rows and how many rows are in it, e.g. &quot;Done: 12&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 · %2 · %3</source>
        <extracomment>The batch&apos;s number, the file it came from, and when it was started</extracomment>
        <translation>Lote %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>All rows (%Ln)</source>
        <extracomment>The first item of the results filter: every row of the batch, and how many there are</extracomment>
        <translation>
            <numerusform>Todas las filas (%Ln)</numerusform>
            <numerusform>Todas las filas (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <extracomment>An item of the results filter: a state and how many rows are in it, e.g. &quot;Failed (3)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed row(s) once more. Rows the CRM refused fail again until their cause is corrected.</source>
        <translation>
            <numerusform>Volver a enviar %n fila fallida. Las filas que el CRM rechazó vuelven a fallar hasta que se corrija la causa.</numerusform>
            <numerusform>Volver a enviar las %n filas fallidas. Las filas que el CRM rechazó vuelven a fallar hasta que se corrija la causa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend the %n ticked row(s) after confirming</source>
        <translation>
            <numerusform>Reenviar %n fila marcada después de confirmar</numerusform>
            <numerusform>Reenviar las %n filas marcadas después de confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the interrupted cases in the CRM, tick the rows to send again, then press this.</source>
        <translation>Revise los casos interrumpidos en el CRM, marque las filas que quiere volver a enviar y luego presione este botón.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the remaining %n</source>
        <extracomment>Button of the results: sends the rows a cancel left unsent, e.g. &quot;Send the remaining 12&quot;</extracomment>
        <translation>
            <numerusform>Enviar %n fila re&amp;stante</numerusform>
            <numerusform>Enviar las %n re&amp;stantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend interrupted rows?</source>
        <translation>¿Reenviar las filas interrumpidas?</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n row(s) whose earlier request never got an answer?</source>
        <translation>
            <numerusform>¿Reenviar %n fila cuya petición anterior nunca recibió respuesta?</numerusform>
            <numerusform>¿Reenviar %n filas cuya petición anterior nunca recibió respuesta?</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM may already have applied them. Resend only the rows whose cases you checked in the CRM and found not updated.</source>
        <translation>Puede que el CRM ya las haya aplicado. Reenvíe solo las filas cuyos casos revisó en el CRM y encontró sin actualizar.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <extracomment>Button of the question before interrupted rows are sent again</extracomment>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Export the results</source>
        <extracomment>Title of the file dialog that saves a batch&apos;s results</extracomment>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File types the results can be saved as, in the file dialog</extracomment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File types the results can be saved as, in the file dialog</extracomment>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The banner&apos;s title after the results were put on the clipboard</extracomment>
        <translation>Copiado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; paste them into a spreadsheet.</source>
        <translation>
            <numerusform>%n fila copiada; péguela en una hoja de cálculo.</numerusform>
            <numerusform>%n filas copiadas; péguelas en una hoja de cálculo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Interrupted — check the case</source>
        <translation>Interrumpido: revise el caso</translation>
    </message>
    <message>
        <source>Not sent: invalid</source>
        <translation>No enviado: no válido</translation>
    </message>
    <message>
        <source>Not sent: cancelled</source>
        <translation>No enviado: cancelado</translation>
    </message>
</context>
<context>
    <name>BatchRowsModel</name>
    <message>
        <source>Tick this row once you have checked the case in the CRM, then press Resend interrupted rows.</source>
        <translation>Marque esta fila cuando haya revisado el caso en el CRM y luego presione Reenviar filas interrumpidas.</translation>
    </message>
    <message>
        <source>Row %1, line %2 of the file</source>
        <translation>Fila %1, línea %2 del archivo</translation>
    </message>
    <message>
        <source>The request was on its way when the batch stopped: the CRM may or may not have applied it. Check the case before resending it.</source>
        <translation>La petición estaba en curso cuando el lote se detuvo: puede que el CRM la haya aplicado o no. Revise el caso antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column of the results: the row&apos;s number among the rows of the file</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Case id</source>
        <extracomment>Column of the results: the wolkvox-id of the case the row corrects</extracomment>
        <translation>Id del caso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column of the results: what became of the row (updated, rejected, not sent, ...)</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <extracomment>Column of the results: the HTTP status of the CRM&apos;s answer</extracomment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column of the results: the code in the CRM&apos;s answer</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Column of the results: the message in the CRM&apos;s answer</extracomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>wolkvox_id</source>
        <extracomment>Column of the results: the case id the CRM answered (the API&apos;s own field name)</extracomment>
        <translation>wolkvox_id</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column of the results: how many times the row was sent</extracomment>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Ya se está enviando un lote.</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s token before sending the batch.</source>
        <translation>Ingrese el token de la operación antes de enviar el lote.</translation>
    </message>
    <message>
        <source>The batch %1 does not exist.</source>
        <translation>El lote %1 no existe.</translation>
    </message>
    <message>
        <source>The history could not be written, so nothing more is sent: %1</source>
        <translation>No se pudo escribir en el historial, así que no se enviará nada más: %1</translation>
    </message>
    <message>
        <source>the batch could not be saved.</source>
        <translation>no se pudo guardar el lote.</translation>
    </message>
    <message>
        <source>The batch could not be saved, so nothing more is sent: %1</source>
        <translation>No se pudo guardar el lote, así que no se enviará nada más: %1</translation>
    </message>
    <message>
        <source>This token has used all of today&apos;s calls. The batch stopped; the rows not sent yet stay queued. Resume it when the count restarts.</source>
        <translation>Este token ya usó todas las peticiones de hoy. El lote se detuvo; las filas aún no enviadas siguen en cola. Reanúdelo cuando se reinicie el conteo.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API is switched off for maintenance; the row will be sent again.</source>
        <translation>La API del CRM está desactivada por mantenimiento; la fila se volverá a enviar.</translation>
    </message>
    <message>
        <source>The CRM is busy with other requests on this token; the row will be sent again.</source>
        <translation>El CRM está ocupado con otras peticiones de este token; la fila se volverá a enviar.</translation>
    </message>
    <message>
        <source>the batch was stopped before this row was sent.</source>
        <translation>el lote se detuvo antes de enviar esta fila.</translation>
    </message>
    <message>
        <source>The batch was stopped; rows that were being sent are marked “Interrupted — check the case”.</source>
        <translation>El lote se detuvo; las filas que se estaban enviando quedan marcadas como “Interrumpido: revise el caso”.</translation>
    </message>
    <message numerus="yes">
        <source>After %n retries, the CRM&apos;s API was still switched off for maintenance. The batch stopped; the rows not sent yet stay queued. Resume it later.</source>
        <translation>
            <numerusform>La API del CRM siguió desactivada por mantenimiento tras %n reintento. El lote se detuvo; las filas aún no enviadas siguen en cola. Reanúdelo más tarde.</numerusform>
            <numerusform>La API del CRM siguió desactivada por mantenimiento tras %n reintentos. El lote se detuvo; las filas aún no enviadas siguen en cola. Reanúdelo más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n retries, the CRM still answered that too many requests were using this token. The batch stopped; the rows not sent yet stay queued. Resume it when the other requests are done.</source>
        <translation>
            <numerusform>Tras %n reintento, el CRM siguió respondiendo que hay demasiadas peticiones en curso con este token. El lote se detuvo; las filas aún no enviadas siguen en cola. Reanúdelo cuando terminen las demás peticiones.</numerusform>
            <numerusform>Tras %n reintentos, el CRM siguió respondiendo que hay demasiadas peticiones en curso con este token. El lote se detuvo; las filas aún no enviadas siguen en cola. Reanúdelo cuando terminen las demás peticiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be read, so its update was not sent: %1</source>
        <translation>No se pudo leer el caso, así que su actualización no se envió: %1</translation>
    </message>
    <message>
        <source>The CRM has no case %1; nothing was sent.</source>
        <translation>El CRM no tiene el caso %1; no se envió nada.</translation>
    </message>
    <message>
        <source>The CRM answered other cases than %1; nothing was sent.</source>
        <translation>El CRM devolvió casos distintos de %1; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1; nothing was sent.</source>
        <translation>
            <numerusform>El CRM devolvió %n caso con el wolkvox-id %1; no se envió nada.</numerusform>
            <numerusform>El CRM devolvió %n casos con el wolkvox-id %1; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the case as the CRM has it, the row cannot be sent: %1</source>
        <translation>Con el caso tal como lo tiene el CRM, la fila no se puede enviar: %1</translation>
    </message>
</context>
<context>
    <name>BatchSendPage</name>
    <message>
        <source>Requests at a &amp;time:</source>
        <extracomment>Label of how many requests the batch sends at once (1 or 2)</extracomment>
        <translation>Peticiones a la &amp;vez:</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Peticiones a la vez</translation>
    </message>
    <message>
        <source>The CRM accepts at most 2 simultaneous requests per token. Choose 1 when someone else uses the same token.</source>
        <translation>El CRM acepta como máximo 2 peticiones simultáneas por token. Seleccione 1 si otra persona usa el mismo token.</translation>
    </message>
    <message>
        <source>The CRM accepts at most 2 per token; choose 1 when someone else uses the same token.</source>
        <translation>El CRM acepta como máximo 2 por token; seleccione 1 si otra persona usa el mismo token.</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <extracomment>What a screen reader calls the progress of the batch being sent</extracomment>
        <translation>Avance del lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <extracomment>What a screen reader calls the line that says what the batch is doing (sending, paused, waiting)</extracomment>
        <translation>Estado del lote</translation>
    </message>
    <message>
        <source>Rows that need &amp;attention so far:</source>
        <translation>Filas que requieren &amp;atención hasta ahora:</translation>
    </message>
    <message>
        <source>Rows that failed or were interrupted so far</source>
        <translation>Filas que fallaron o se interrumpieron hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <extracomment>Button: cancel the batch (asks first); rows not sent yet are not sent</extracomment>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>Stop the batch: rows being sent finish, rows not sent yet are not sent</source>
        <translation>Detener el lote: las filas que se están enviando terminan y las que aún no se enviaron no se envían</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <extracomment>Button: send no new request; the ones on their way are answered</extracomment>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <extracomment>Button: start sending the batch
----------
The send step&apos;s main button: before anything was sent, and when rows wait after a stop</extracomment>
        <translation>&amp;Iniciar envío</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda cerca de %n segundo</numerusform>
            <numerusform>quedan cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda cerca de %n minuto</numerusform>
            <numerusform>quedan cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>queda cerca de %n hora</numerusform>
            <numerusform>quedan cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <extracomment>Time left while a batch is sent, in hours and minutes, e.g. &quot;about 2 h 15 min left&quot;</extracomment>
        <translation>quedan cerca de %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent to %1, operation %2.</source>
        <translation>
            <numerusform>Se enviará %n fila a %1, operación %2.</numerusform>
            <numerusform>Se enviarán %n filas a %1, operación %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are left out; the results list them as not sent.</source>
        <translation>
            <numerusform>%n fila con problemas queda fuera; los resultados la muestran como no enviada.</numerusform>
            <numerusform>%n filas con problemas quedan fuera; los resultados las muestran como no enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1, from %2, sends to %3, operation %4.</source>
        <translation>El lote %1, de %2, envía a %3, operación %4.</translation>
    </message>
    <message>
        <source>Nothing is queued: the Results page shows every row&apos;s outcome.</source>
        <translation>No hay nada en cola: la página Resultados muestra el resultado de cada fila.</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <extracomment>The send step&apos;s main button when rows wait after the batch stopped</extracomment>
        <translation>Reanudar &amp;envío</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>The send step&apos;s button while a batch is sent (Pause) or paused (Resume)</extracomment>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Send the rest of the batch</source>
        <translation>Enviar el resto del lote</translation>
    </message>
    <message>
        <source>Send no new request; the rows being sent finish first</source>
        <translation>No enviar nuevas peticiones; las filas que se están enviando terminan primero</translation>
    </message>
    <message>
        <source>No row has failed so far.</source>
        <translation>Ninguna fila ha fallado hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that need &amp;attention so far (%n):</source>
        <translation>
            <numerusform>Filas que requieren &amp;atención hasta ahora (%n):</numerusform>
            <numerusform>Filas que requieren &amp;atención hasta ahora (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s) processed</source>
        <extracomment>How far a batch is: rows answered so far of the rows to send, e.g. &quot;120 of 2,000 rows processed&quot;</extracomment>
        <translation>
            <numerusform>%L1 de %Ln fila procesada</numerusform>
            <numerusform>%L1 de %Ln filas procesadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <extracomment>A figure of the batch&apos;s progress: cases the CRM updated</extracomment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <extracomment>A figure of the batch&apos;s progress: rows that failed</extracomment>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interrupted</source>
        <extracomment>A figure of the batch&apos;s progress: rows whose request got no answer</extracomment>
        <translation>
            <numerusform>%Ln interrumpida</numerusform>
            <numerusform>%Ln interrumpidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <extracomment>A figure of the batch&apos;s progress: rows a cancel left unsent</extracomment>
        <translation>
            <numerusform>%Ln sin enviar</numerusform>
            <numerusform>%Ln sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a minute</source>
        <extracomment>A figure of the batch&apos;s progress: the pace of the answers</extracomment>
        <translation>
            <numerusform>%Ln fila por minuto</numerusform>
            <numerusform>%Ln filas por minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CRM busy, retrying in %n second(s).</source>
        <translation>
            <numerusform>CRM ocupado; nuevo intento en %n segundo.</numerusform>
            <numerusform>CRM ocupado; nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending, %n request(s) at a time.</source>
        <translation>
            <numerusform>Enviando, %n petición a la vez.</numerusform>
            <numerusform>Enviando, %n peticiones a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowered because the CRM reported other requests on this token.</source>
        <translation>Se redujo porque el CRM indicó que hay otras peticiones con este token.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Pausando: esperando la respuesta de %n petición ya enviada.</numerusform>
            <numerusform>Pausando: esperando la respuesta de %n peticiones ya enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Nothing more is sent until you press Resume.</source>
        <translation>En pausa. No se envía nada más hasta que presione Reanudar.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Cancelando: esperando la respuesta de %n petición ya enviada.</numerusform>
            <numerusform>Cancelando: esperando la respuesta de %n peticiones ya enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <extracomment>Button of the question before a batch is cancelled: go on sending it</extracomment>
        <translation>&amp;Seguir enviando</translation>
    </message>
    <message>
        <source>&amp;Keep them queued</source>
        <extracomment>Button of the question before a paused batch is cancelled: leave its rows waiting</extracomment>
        <translation>&amp;Mantenerlas en cola</translation>
    </message>
    <message>
        <source>Cancel the batch?</source>
        <translation>¿Cancelar el lote?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet will not be sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>%n fila aún no enviada no se enviará; queda marcada como “No enviado: cancelado”.</numerusform>
            <numerusform>%n filas aún no enviadas no se enviarán; quedan marcadas como “No enviado: cancelado”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows being sent right now finish first. Rows already sent stay updated.</source>
        <translation>Las filas que se están enviando en este momento terminan primero. Los casos de las filas ya enviadas quedan actualizados.</translation>
    </message>
    <message>
        <source>Cancel the &amp;batch</source>
        <extracomment>Button of the question before a batch is cancelled: cancel it</extracomment>
        <translation>Cancelar el &amp;lote</translation>
    </message>
    <message>
        <source>No row is waiting to be sent.</source>
        <translation>No hay filas en espera de envío.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>The batch could not be saved</source>
        <translation>No se pudo guardar el lote</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <extracomment>The name shown for rows pasted from a spreadsheet, where a file&apos;s name would be</extracomment>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>The batch cannot be shown</source>
        <translation>No se puede mostrar el lote</translation>
    </message>
    <message>
        <source>Batch %1 is not in the database any more.</source>
        <translation>El lote %1 ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Rows interrupted — check the cases</source>
        <translation>Filas interrumpidas: revise los casos</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. They are not sent again unless you tick them on the Results page and press Resend interrupted rows.</source>
        <translation>
            <numerusform>%n fila se estaba enviando cuando el lote se detuvo; puede que el CRM la haya aplicado o no. No se vuelve a enviar a menos que la marque en la página Resultados y presione Reenviar filas interrumpidas.</numerusform>
            <numerusform>%n filas se estaban enviando cuando el lote se detuvo; puede que el CRM las haya aplicado o no. No se vuelven a enviar a menos que las marque en la página Resultados y presione Reenviar filas interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 sends to %2, operation %3, but the main window is connected to %4, operation %5. Switch the main window to that connection and its token, then start again.</source>
        <translation>El lote %1 envía a %2, operación %3, pero la ventana principal está conectada a %4, operación %5. Cambie la ventana principal a esa conexión y su token, y vuelva a empezar.</translation>
    </message>
    <message>
        <source>No token</source>
        <extracomment>The banner&apos;s title when sending starts without a Wolkvox-Token</extracomment>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s Wolkvox-Token in the main window&apos;s connection bar, then start again. Nothing was sent.</source>
        <translation>Ingrese el Wolkvox-Token de la operación en la barra de conexión de la ventana principal y vuelva a empezar. No se envió nada.</translation>
    </message>
    <message>
        <source>Another connection is selected</source>
        <translation>Hay otra conexión seleccionada</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>No se envió nada. %1</translation>
    </message>
    <message>
        <source>The batch cannot start</source>
        <translation>No se puede iniciar el lote</translation>
    </message>
    <message>
        <source>The batch could not be discarded</source>
        <translation>No se pudo descartar el lote</translation>
    </message>
    <message>
        <source>Results exported</source>
        <extracomment>The banner&apos;s title once the results were saved as a CSV file</extracomment>
        <translation>Resultados exportados</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>Se guardó %n fila en %1.</numerusform>
            <numerusform>Se guardaron %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be exported</source>
        <translation>No se pudieron exportar los resultados</translation>
    </message>
    <message>
        <source>No case was updated before the cancel.</source>
        <translation>No se actualizó ningún caso antes de la cancelación.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) were updated before the cancel.</source>
        <translation>
            <numerusform>Se actualizó %Ln caso antes de la cancelación.</numerusform>
            <numerusform>Se actualizaron %Ln casos antes de la cancelación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was answered before the cancel took effect.</source>
        <translation>Todas las filas tuvieron respuesta antes de que la cancelación surtiera efecto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>%Ln fila no se envió; está marcada como “No enviado: cancelado”.</numerusform>
            <numerusform>%Ln filas no se enviaron; están marcadas como “No enviado: cancelado”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <extracomment>The banner&apos;s title after the user cancelled a batch</extracomment>
        <translation>Lote cancelado</translation>
    </message>
    <message>
        <source>The rows not sent are marked “Not sent: cancelled”.</source>
        <translation>Las filas no enviadas quedan marcadas como “No enviado: cancelado”.</translation>
    </message>
    <message numerus="yes">
        <source>Send the remaining %n</source>
        <extracomment>The banner&apos;s button after a cancel: sends the rows the cancel left unsent</extracomment>
        <translation>
            <numerusform>Enviar %n fila restante</numerusform>
            <numerusform>Enviar las %n restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was updated.</source>
        <translation>No se actualizó ningún caso.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) updated.</source>
        <translation>
            <numerusform>%Ln caso actualizado.</numerusform>
            <numerusform>%Ln casos actualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: read their messages below, correct the cause and retry them.</source>
        <translation>
            <numerusform>%n fila falló: lea su mensaje abajo, corrija la causa y vuelva a enviarla.</numerusform>
            <numerusform>%n filas fallaron: lea sus mensajes abajo, corrija la causa y vuelva a enviarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished</source>
        <extracomment>The banner&apos;s title when the last row of a batch was answered</extracomment>
        <translation>Lote terminado</translation>
    </message>
    <message>
        <source>The token&apos;s daily quota is used up</source>
        <translation>Se agotó el cupo diario del token</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait in the queue. Test connection in the main window tells how many hours until the count restarts; then open this batch and press Resume sending.</source>
        <translation>
            <numerusform>%n fila espera en cola. Probar conexión, en la ventana principal, indica cuántas horas faltan para que se reinicie el conteo; luego abra este lote y presione Reanudar envío.</numerusform>
            <numerusform>%n filas esperan en cola. Probar conexión, en la ventana principal, indica cuántas horas faltan para que se reinicie el conteo; luego abra este lote y presione Reanudar envío.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM refused the token</source>
        <translation>El CRM rechazó el token</translation>
    </message>
    <message>
        <source>The rows not sent yet stay queued; correct the token in the main window and press Resume sending.</source>
        <translation>Las filas aún no enviadas siguen en cola; corrija el token en la ventana principal y presione Reanudar envío.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached</source>
        <translation>No se puede acceder al CRM</translation>
    </message>
    <message>
        <source>The rows not sent yet stay queued; press Resume sending once the CRM answers again.</source>
        <translation>Las filas aún no enviadas siguen en cola; presione Reanudar envío cuando el CRM vuelva a responder.</translation>
    </message>
    <message>
        <source>The CRM stayed busy</source>
        <translation>El CRM siguió ocupado</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <extracomment>The banner&apos;s title when a batch was stopped at once (rows in flight become interrupted)</extracomment>
        <translation>Lote detenido</translation>
    </message>
</context>
<context>
    <name>BatchSourcePage</name>
    <message>
        <source>Correct many cases at once</source>
        <translation>Corrija muchos casos a la vez</translation>
    </message>
    <message>
        <source>Open a CSV file or paste rows copied from a spreadsheet. The first row names the columns: wolkvox-id (or id), status, priority, responsible, solution, case-type, attachments. Spanish and Portuguese names such as estado, prioridad or responsável work too, and any other column can be sent as a custom field. Every row is checked before anything is sent.</source>
        <translation>Abra un archivo CSV o pegue filas copiadas de una hoja de cálculo. La primera fila contiene los nombres de las columnas: wolkvox-id (o id), status, priority, responsible, solution, case-type, attachments. También sirven nombres en español y portugués como estado, prioridad o responsável, y cualquier otra columna se puede enviar como campo personalizado. Cada fila se revisa antes de enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>&amp;Abrir archivo CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Pegar desde hoja de cálculo</translation>
    </message>
    <message>
        <source>You can also drop a .csv or .tsv file onto this window.</source>
        <translation>También puede arrastrar un archivo .csv o .tsv a esta ventana.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <extracomment>What a screen reader calls the busy bar shown while a large file is read</extracomment>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <extracomment>Button: stop waiting for a large file being read; nothing of it is kept</extracomment>
        <translation>&amp;Cancelar lectura</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <extracomment>Heading of the list of batches with rows not sent yet</extracomment>
        <translation>&amp;Lotes sin terminar</translation>
    </message>
    <message>
        <source>Unfinished batches</source>
        <extracomment>What a screen reader calls the list of batches with rows not sent yet</extracomment>
        <translation>Lotes sin terminar</translation>
    </message>
    <message>
        <source>Batches with rows not sent yet or interrupted, newest first</source>
        <translation>Lotes con filas aún no enviadas o interrumpidas, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Button: send the queued rows of the selected unfinished batch</extracomment>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Send the selected batch&apos;s queued rows; interrupted rows are not resent</source>
        <translation>Enviar las filas en cola del lote seleccionado; las filas interrumpidas no se reenvían</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <extracomment>Button: show every row of the selected unfinished batch</extracomment>
        <translation>&amp;Ver resultados</translation>
    </message>
    <message>
        <source>See each row of the selected batch, including interrupted ones</source>
        <translation>Ver cada fila del lote seleccionado, incluidas las interrumpidas</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <extracomment>Button: stop offering the selected unfinished batch (asks first)</extracomment>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Stop offering the selected batch; its queued rows are not sent</source>
        <translation>Dejar de ofrecer el lote seleccionado; sus filas en cola no se envían</translation>
    </message>
    <message>
        <source>No batch is waiting to be resumed.</source>
        <translation>No hay ningún lote pendiente de reanudar.</translation>
    </message>
    <message>
        <source>Open a table of cases</source>
        <translation>Abrir una tabla de casos</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Tablas (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <extracomment>The banner&apos;s title when the clipboard holds no rows to paste</extracomment>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>Select the rows in the spreadsheet, header row included, copy them, then paste again.</source>
        <translation>Seleccione las filas en la hoja de cálculo, incluida la fila de encabezado, cópielas y vuelva a pegar.</translation>
    </message>
    <message>
        <source>Reading and checking %1 (%2)…</source>
        <translation>Leyendo y revisando %1 (%2)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Where an unfinished batch sends its rows: the CRM&apos;s server, then the operation</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing is queued in this batch: see its interrupted rows with Show results.</source>
        <translation>No hay nada en cola en este lote: vea sus filas interrumpidas con Ver resultados.</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>¿Descartar este lote?</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (%2) is no longer offered for resuming, and its %n queued row(s) are not sent.</source>
        <translation>
            <numerusform>El lote %1 (%2) ya no se ofrecerá para reanudar, y no se enviará %n fila en cola.</numerusform>
            <numerusform>El lote %1 (%2) ya no se ofrecerá para reanudar, y no se enviarán sus %n filas en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows already sent stay updated, and every attempt stays in the history.</source>
        <translation>Los casos de las filas ya enviadas quedan actualizados, y todos los intentos permanecen en el historial.</translation>
    </message>
    <message>
        <source>&amp;Discard batch</source>
        <extracomment>Button of the question before an unfinished batch is discarded</extracomment>
        <translation>&amp;Descartar lote</translation>
    </message>
    <message>
        <source>This file was already started</source>
        <translation>Este archivo ya se empezó a enviar</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was started on %2 from this same content and still has %n row(s) not sent or not answered.</source>
        <translation>
            <numerusform>El lote %1 se inició el %2 con este mismo contenido y todavía tiene %n fila sin enviar o sin respuesta.</numerusform>
            <numerusform>El lote %1 se inició el %2 con este mismo contenido y todavía tiene %n filas sin enviar o sin respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume it to send only what is left. Checking the file as a new batch sends every row again.</source>
        <translation>Reanúdelo para enviar solo lo que falta. Si revisa el archivo como lote nuevo, se vuelven a enviar todas las filas.</translation>
    </message>
    <message>
        <source>&amp;Resume that batch</source>
        <extracomment>Button of the question asked when a file already started is opened again</extracomment>
        <translation>&amp;Reanudar ese lote</translation>
    </message>
    <message>
        <source>Check as a &amp;new batch</source>
        <translation>Revisar como lote &amp;nuevo</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column of the unfinished batches: when the batch was started</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the unfinished batches: the file or paste the batch came from</extracomment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Sends to</source>
        <extracomment>Column of the unfinished batches: the CRM server and operation the batch sends to</extracomment>
        <translation>Envía a</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column of the unfinished batches: how many of its cases were updated</extracomment>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column of the unfinished batches: how many of its rows failed</extracomment>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>Column of the unfinished batches: how many of its rows wait to be sent</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>Column of the unfinished batches: how many of its rows were on their way when it stopped</extracomment>
        <translation>Interrumpidas</translation>
    </message>
    <message>
        <source>Open a CSV or tab-separated file (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Abrir un archivo CSV o separado por tabulaciones (%1)</translation>
    </message>
    <message>
        <source>Copy the rows in the spreadsheet, header row included, then press this (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Copie las filas en la hoja de cálculo, incluida la fila de encabezado, y luego presione este botón (%1)</translation>
    </message>
    <message>
        <source>Stop waiting for this file; nothing of it is kept (%1)</source>
        <extracomment>%1 is the key that does the same (Esc)</extracomment>
        <translation>Dejar de esperar este archivo; no se conserva nada de él (%1)</translation>
    </message>
    <message>
        <source>Batch %1 (%2) is no longer offered for resuming.</source>
        <translation>El lote %1 (%2) ya no se ofrecerá para continuar.</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>The batch database is not open.</source>
        <translation>La base de datos de lotes no está abierta.</translation>
    </message>
    <message>
        <source>The batch %1 does not exist.</source>
        <translation>El lote %1 no existe.</translation>
    </message>
    <message>
        <source>Another Casedesk window or command is sending this batch right now.</source>
        <translation>Otra ventana o comando de Casedesk está enviando este lote en este momento.</translation>
    </message>
    <message>
        <source>The request was stopped before its answer arrived; the CRM may or may not have applied it. Check the case before resending.</source>
        <translation>La petición se detuvo antes de que llegara la respuesta; puede que el CRM la haya aplicado o no. Revise el caso antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Bulk correction — Casedesk</source>
        <translation>Corrección masiva — Casedesk</translation>
    </message>
    <message>
        <source>&amp;1 Source</source>
        <extracomment>Step 1 of the bulk correction: where the rows come from (a file or a paste)</extracomment>
        <translation>&amp;1 Origen</translation>
    </message>
    <message>
        <source>Open a CSV file or paste rows from a spreadsheet</source>
        <translation>Abrir un archivo CSV o pegar filas de una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;2 Columns</source>
        <extracomment>Step 2 of the bulk correction: which field each column of the file fills</extracomment>
        <translation>&amp;2 Columnas</translation>
    </message>
    <message>
        <source>Choose which field each column of the file fills</source>
        <translation>Seleccionar qué campo completa cada columna del archivo</translation>
    </message>
    <message>
        <source>&amp;3 Check</source>
        <extracomment>Step 3 of the bulk correction: every row checked before anything is sent</extracomment>
        <translation>&amp;3 Revisión</translation>
    </message>
    <message>
        <source>See every row&apos;s problems before anything is sent</source>
        <translation>Ver los problemas de cada fila antes de enviar nada</translation>
    </message>
    <message>
        <source>&amp;4 Send</source>
        <extracomment>Step 4 of the bulk correction: sending the rows to the CRM</extracomment>
        <translation>&amp;4 Envío</translation>
    </message>
    <message>
        <source>Send the valid rows at the CRM&apos;s pace</source>
        <translation>Enviar las filas válidas al ritmo del CRM</translation>
    </message>
    <message>
        <source>&amp;5 Results</source>
        <extracomment>Step 5 of the bulk correction: the outcome of each row</extracomment>
        <translation>&amp;5 Resultados</translation>
    </message>
    <message>
        <source>Each row&apos;s outcome; retry, resend or export</source>
        <translation>El resultado de cada fila; reintentar, reenviar o exportar</translation>
    </message>
    <message>
        <source>Connection used by the batch</source>
        <translation>Conexión que usa el lote</translation>
    </message>
    <message>
        <source>Batch message</source>
        <extracomment>What a screen reader calls the message strip of the bulk-correction window</extracomment>
        <translation>Mensaje del lote</translation>
    </message>
    <message>
        <source>No connection: fill in the main window&apos;s connection bar.</source>
        <translation>Sin conexión: complete la barra de conexión de la ventana principal.</translation>
    </message>
    <message>
        <source>Sends to %1 · operation %2</source>
        <extracomment>Where the batch goes: the CRM&apos;s server, then the operation</extracomment>
        <translation>Envía a %1 · operación %2</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <extracomment>A button of the question asked when the window closes while a batch is sent</extracomment>
        <translation>&amp;Seguir enviando</translation>
    </message>
    <message>
        <source>The batch is still being sent</source>
        <translation>El lote todavía se está enviando</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet.</source>
        <translation>
            <numerusform>%n fila aún no se envió.</numerusform>
            <numerusform>%n filas aún no se enviaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause and close: the requests already sent are answered first, and the rest waits until you resume. Casedesk offers the batch again when it starts.</source>
        <translation>Pausar y cerrar: primero llegan las respuestas de las peticiones ya enviadas, y el resto espera hasta que reanude el lote. Casedesk vuelve a ofrecer el lote la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <extracomment>A button of the question asked when the window closes while a batch is sent</extracomment>
        <translation>&amp;Pausar y cerrar</translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+O)</extracomment>
        <translation>Abrir archivo CSV</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+V)</extracomment>
        <translation>Pegar desde hoja de cálculo</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <extracomment>A shortcut of the bulk-correction window (F5)</extracomment>
        <translation>Recargar el archivo</translation>
    </message>
    <message>
        <source>Copy results</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+C)</extracomment>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+W): closes the window</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Bulk correction — %L1 of %Ln — Casedesk</source>
        <extracomment>The window&apos;s title while a batch is sent: rows answered so far of the rows to send</extracomment>
        <translation>
            <numerusform>Corrección masiva — %L1 de %Ln — Casedesk</numerusform>
            <numerusform>Corrección masiva — %L1 de %Ln — Casedesk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle “%1” does not exist. Choose the file again in Settings.</source>
        <translation>El paquete de CA “%1” no existe. Vuelva a seleccionar el archivo en Configuración.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” is not a file.</source>
        <translation>El paquete de CA “%1” no es un archivo.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” is too large to be a certificate file.</source>
        <translation>El paquete de CA “%1” es demasiado grande para ser un archivo de certificados.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” cannot be read: %2.</source>
        <translation>No se puede leer el paquete de CA “%1”: %2.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” holds no certificate. Choose a PEM file, whose certificates start with “-----BEGIN CERTIFICATE-----”.</source>
        <translation>El paquete de CA “%1” no contiene ningún certificado. Seleccione un archivo PEM, cuyos certificados empiezan con “-----BEGIN CERTIFICATE-----”.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” does not exist. Check the path given to --ca-bundle.</source>
        <translation>El paquete de CA “%1” no existe. Revise la ruta indicada en --ca-bundle.</translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>Choose the case</source>
        <translation>Seleccione el caso</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Casos encontrados</translation>
    </message>
    <message>
        <source>&amp;Load this case</source>
        <extracomment>Button of the dialog that lists several cases found by one search</extracomment>
        <translation>&amp;Cargar este caso</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match %1. Choose the one to load into the form.</source>
        <extracomment>%1 says what was searched for, e.g. the case number “1042”</extracomment>
        <translation>
            <numerusform>%n caso coincide con %1. Seleccione el que quiere cargar en el formulario.</numerusform>
            <numerusform>%n casos coinciden con %1. Seleccione el que quiere cargar en el formulario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column of the case chooser: the CRM&apos;s case number</extracomment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Case type</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>CaseComparison</name>
    <message>
        <source>case type</source>
        <translation>tipo de caso</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solución</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One change in the summary: field, value before, value after.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the changes of the summary, e.g. &quot;priority: low → high; status: open → closed&quot;.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operación</translation>
    </message>
    <message>
        <source>wolkvox-id</source>
        <translation>wolkvox-id</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>tipo de caso</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solución</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>campos personalizados</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;wolkvox-id:</source>
        <translation>&amp;wolkvox-id:</translation>
    </message>
    <message>
        <source>wolkvox-id</source>
        <translation>wolkvox-id</translation>
    </message>
    <message>
        <source>e.g. 6074aaa0801374bbbbb781025ccc7d3</source>
        <translation>p. ej., 6074aaa0801374bbbbb781025ccc7d3</translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <translation>&amp;Tipo de caso:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Request, Complaints, Claims, Suggestions or a custom type of the operation</source>
        <translation>Request, Complaints, Claims, Suggestions o un tipo personalizado de la operación</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>user@operation</source>
        <extracomment>Placeholder of the responsible field: the form of a wolkvox user&apos;s e-mail, a user name, @ and the operation name. Translate both words (usuario@operación, usuario@operação)</extracomment>
        <translation>usuario@operación</translation>
    </message>
    <message>
        <source>The responsible user&apos;s wolkvox e-mail (user@operation); the user must exist in the CRM</source>
        <translation>Correo wolkvox del usuario responsable (usuario@operación); el usuario debe existir en el CRM</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>A status that exists in the operation for this case type</source>
        <translation>Un estado que exista en la operación para este tipo de caso</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>A priority that exists in the operation for this case type</source>
        <translation>Una prioridad que exista en la operación para este tipo de caso</translation>
    </message>
    <message>
        <source>Solutio&amp;n:</source>
        <translation>Solució&amp;n:</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>How the case was resolved; required when the status closes the case</source>
        <translation>Cómo se resolvió el caso; obligatoria cuando el estado cierra el caso</translation>
    </message>
    <message>
        <source>How the case was resolved (required for a closed status)</source>
        <translation>Cómo se resolvió el caso (obligatoria con un estado cerrado)</translation>
    </message>
    <message>
        <source>Solutio&amp;n (required):</source>
        <translation>Solució&amp;n (obligatoria):</translation>
    </message>
    <message>
        <source>Required: the status “%1” closes the case. Describe how it was resolved.</source>
        <translation>Obligatoria: el estado “%1” cierra el caso. Describa cómo se resolvió.</translation>
    </message>
    <message>
        <source>The record id of the case, as the CRM shows it; or a case number (digits only) to find the case with Load from CRM</source>
        <translation>El id de registro del caso, tal como lo muestra el CRM; o un número de caso (solo dígitos) para encontrar el caso con Cargar del CRM</translation>
    </message>
    <message>
        <source>Load from CRM</source>
        <extracomment>Button: read the case from the CRM into the form. No mnemonic: it costs a call of the daily quota</extracomment>
        <translation>Cargar del CRM</translation>
    </message>
    <message>
        <source>Load the case from the CRM</source>
        <translation>Cargar el caso desde el CRM</translation>
    </message>
    <message>
        <source>About the wolkvox-id</source>
        <translation>Acerca del wolkvox-id</translation>
    </message>
    <message>
        <source>Read the case from the CRM and fill the form with its current values (%1, or Enter in the id field). Each read is one call of the daily quota.</source>
        <extracomment>Tooltip of Load from CRM; %1 is its shortcut, e.g. Ctrl+R</extracomment>
        <translation>Leer el caso desde el CRM y llenar el formulario con sus valores actuales (%1, o Enter en el campo del id). Cada lectura es una petición del cupo diario.</translation>
    </message>
    <message>
        <source>“%1” looks like a case number, not a wolkvox-id. Press “%2” to find its case.</source>
        <extracomment>%1 is the case number typed; %2 the name of the Load from CRM button</extracomment>
        <translation>“%1” parece un número de caso, no un wolkvox-id. Presione “%2” para encontrar el caso.</translation>
    </message>
    <message>
        <source>A wolkvox-id has only the digits 0–9 and the letters a–f, and this one has other characters. Check it before sending; the CRM decides.</source>
        <translation>Un wolkvox-id solo tiene los dígitos 0–9 y las letras a–f, y este tiene otros caracteres. Revíselo antes de enviar; el CRM tiene la última palabra.</translation>
    </message>
    <message>
        <source>Loaded empty</source>
        <extracomment>Beside a field changed since the case was loaded, when the CRM had no value in it</extracomment>
        <translation>Vacío al cargar</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>Al cargar: %1</translation>
    </message>
</context>
<context>
    <name>CaseLoader</name>
    <message>
        <source>Replace your changes?</source>
        <translation>¿Reemplazar los cambios?</translation>
    </message>
    <message>
        <source>The form has changes that were not sent. Loading the case from the CRM replaces them with the case&apos;s current values.</source>
        <translation>El formulario tiene cambios que no se enviaron. Si carga el caso desde el CRM, se reemplazarán por los valores actuales del caso.</translation>
    </message>
    <message>
        <source>&amp;Load and replace</source>
        <translation>&amp;Cargar y reemplazar</translation>
    </message>
    <message>
        <source>No case found</source>
        <translation>No se encontró ningún caso</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message>
        <source>The case could not be loaded</source>
        <translation>No se pudo cargar el caso</translation>
    </message>
    <message>
        <source>No case was loaded</source>
        <translation>No se cargó ningún caso</translation>
    </message>
    <message>
        <source>You closed the list of cases without choosing one.</source>
        <translation>Se cerró la lista de casos sin seleccionar ninguno.</translation>
    </message>
    <message>
        <source>Case %1 loaded from the CRM</source>
        <extracomment>%1 is the wolkvox-id</extracomment>
        <translation>Caso %1 cargado desde el CRM</translation>
    </message>
    <message>
        <source>Case %1 (%2) loaded from the CRM</source>
        <translation>Caso %1 (%2) cargado desde el CRM</translation>
    </message>
    <message>
        <source>As the CRM had it at %1. Correct what needs correcting: each field you change is marked, and the changes are listed above Update case.</source>
        <extracomment>%1 is the date and time the CRM answered</extracomment>
        <translation>Tal como estaba en el CRM el %1. Corrija lo que haga falta: cada campo que cambie queda marcado, y los cambios se listan encima de Actualizar caso.</translation>
    </message>
</context>
<context>
    <name>CaseQuery</name>
    <message>
        <source>the wolkvox-id “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>el wolkvox-id “%1”</translation>
    </message>
    <message>
        <source>the case number “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>el número de caso “%1”</translation>
    </message>
    <message>
        <source>the status “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>el estado “%1”</translation>
    </message>
    <message>
        <source>the priority “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>la prioridad “%1”</translation>
    </message>
    <message>
        <source>the case type “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>el tipo de caso “%1”</translation>
    </message>
    <message>
        <source>the responsible “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>el responsable “%1”</translation>
    </message>
    <message>
        <source>“%1” in the field “%2”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>“%1” en el campo “%2”</translation>
    </message>
</context>
<context>
    <name>CaseQueryResult</name>
    <message>
        <source>the search</source>
        <translation>la búsqueda</translation>
    </message>
    <message>
        <source>The CRM has no case with %1 in this operation.</source>
        <translation>El CRM no tiene ningún caso con %1 en esta operación.</translation>
    </message>
    <message>
        <source>The CRM has the case %1.</source>
        <translation>El CRM tiene el caso %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases match %1.</source>
        <translation>
            <numerusform>%n caso coincide con %1.</numerusform>
            <numerusform>%n casos coinciden con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled reading the case. Nothing was changed.</source>
        <translation>Canceló la lectura del caso. No se cambió nada.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try again, or raise the timeout in Settings.</source>
        <translation>El CRM dejó de responder, así que se abandonó la lectura del caso. No se cambió nada; intente de nuevo o aumente el tiempo de espera en Configuración.</translation>
    </message>
    <message>
        <source>Nothing was sent: the search is not complete.</source>
        <translation>No se envió nada: la búsqueda no está completa.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty page instead of the case. Nothing was changed; try again.</source>
        <translation>El servidor respondió HTTP %1 con una página vacía en lugar del caso. No se cambió nada; intente de nuevo.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the case; a proxy or the CRM itself is having trouble. Nothing was changed; try again later.</source>
        <translation>El servidor respondió HTTP %1 con una página web en lugar del caso; un proxy o el propio CRM tiene problemas. No se cambió nada; intente de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was cut off; it is not the CRM&apos;s answer. Nothing was changed.</source>
        <translation>La respuesta del servidor superó %1 y se cortó; no es la respuesta del CRM. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but the answer is incomplete or holds no case Casedesk can read. Nothing was changed; try again.</source>
        <translation>El servidor respondió HTTP %1, pero la respuesta está incompleta o no contiene ningún caso que Casedesk pueda leer. No se cambió nada; intente de nuevo.</translation>
    </message>
    <message>
        <source>The server tried to send the request to another address (%1). Casedesk does not follow it, so your token stays private. Check the server address.</source>
        <translation>El servidor intentó enviar la petición a otra dirección (%1). Casedesk no sigue esa redirección, para que el token no quede expuesto. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <source>The connection to the server broke off before it answered. Nothing was changed; try again.</source>
        <translation>La conexión con el servidor se cortó antes de que respondiera. No se cambió nada; intente de nuevo.</translation>
    </message>
    <message>
        <source>The CRM allows only two requests at a time per token. Wait for the other request to finish and try again.</source>
        <translation>El CRM permite solo dos peticiones a la vez por token. Espere a que termine la otra petición e intente de nuevo.</translation>
    </message>
    <message>
        <source>The CRM says the search is incomplete: it needs the operation, the field to search by and a value.</source>
        <translation>El CRM indica que la búsqueda está incompleta: necesita la operación, el campo por el que buscar y un valor.</translation>
    </message>
    <message>
        <source>The CRM refused the search: %1</source>
        <translation>El CRM rechazó la búsqueda: %1</translation>
    </message>
    <message>
        <source>The CRM refused the search (HTTP %1, code %2).</source>
        <extracomment>%1 is the HTTP status, %2 the CRM&apos;s own code</extracomment>
        <translation>El CRM rechazó la búsqueda (HTTP %1, código %2).</translation>
    </message>
    <message>
        <source>The case could not be read: the connection to the server failed. Nothing was changed; check the server address and your network, then try again.</source>
        <translation>No se pudo leer el caso: falló la conexión con el servidor. No se cambió nada; revise la dirección del servidor y la red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The CRM refused the search (HTTP %1, without a code of its own).</source>
        <extracomment>%1 is the HTTP status; the CRM&apos;s answer had no code of its own</extracomment>
        <translation>El CRM rechazó la búsqueda (HTTP %1, sin un código propio).</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try again, or raise --timeout.</source>
        <translation>El CRM dejó de responder, así que se abandonó la lectura del caso. No se cambió nada; intente de nuevo o aumente --timeout.</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>The CRM answered other cases than %1.</source>
        <translation>El CRM devolvió casos distintos de %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1.</source>
        <translation>
            <numerusform>El CRM devolvió %n caso con el wolkvox-id %1.</numerusform>
            <numerusform>El CRM devolvió %n casos con el wolkvox-id %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesClient</name>
    <message>
        <source>the attachment “%1” cannot be read (%2).</source>
        <translation>no se puede leer el adjunto “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Case id (wolkvox-id)</source>
        <translation>Id del caso (wolkvox-id)</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Attachments (paths separated by |)</source>
        <translation>Adjuntos (rutas separadas por |)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is a custom field without a name.</source>
        <translation>La columna %1 (“%2”) es un campo personalizado sin nombre.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both fill the custom field “%3”; ignore one or rename it.</source>
        <translation>Las columnas %1 y %2 completan el mismo campo personalizado “%3”; ignore una de ellas o cambie su nombre.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>(empty)</source>
        <extracomment>The sample of a column whose first cells are all empty</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of a custom field name for a column that is not a custom field</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Casedesk recognised this column from its name.</source>
        <translation>Casedesk reconoció esta columna por su nombre.</translation>
    </message>
    <message>
        <source>Casedesk did not recognise this name: choose what the column fills.</source>
        <translation>Casedesk no reconoció este nombre: seleccione qué campo completa la columna.</translation>
    </message>
    <message>
        <source>Every cell of this column is empty.</source>
        <translation>Todas las celdas de esta columna están vacías.</translation>
    </message>
    <message>
        <source>First values: %1</source>
        <translation>Primeros valores: %1</translation>
    </message>
    <message>
        <source>What this column fills in each update. “Custom field” sends it in the form JSON; “Ignored” does not send it.</source>
        <translation>Qué completa esta columna en cada actualización. “Campo personalizado” la envía en el JSON de form; “Ignorada” no la envía.</translation>
    </message>
    <message>
        <source>The name of the custom field in the form JSON. Double-click or press F2 to change it.</source>
        <translation>El nombre del campo personalizado en el JSON de form. Haga doble clic o presione F2 para cambiarlo.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>Column of the mapping table: the name of a column of the file</extracomment>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Sample value</source>
        <extracomment>Column of the mapping table: a value of that column, as an example</extracomment>
        <translation>Valor de ejemplo</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <extracomment>Column of the mapping table: the name a custom field is sent under</extracomment>
        <translation>Nombre del campo personalizado</translation>
    </message>
    <message>
        <source>Target field</source>
        <extracomment>Column of the mapping table: the field of the update that each column of the file is sent as</extracomment>
        <translation>Campo de destino</translation>
    </message>
</context>
<context>
    <name>ColumnTargetDelegate</name>
    <message>
        <source>Field filled by the column “%1”</source>
        <translation>Campo completado por la columna “%1”</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>No se puede leer el archivo del token %1: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>El archivo del token %1 está vacío.</translation>
    </message>
    <message>
        <source>No token: set WOLKVOX_TOKEN or pass --token-file PATH.</source>
        <translation>No hay token: defina WOLKVOX_TOKEN o use --token-file PATH.</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>CRM server host or URL, e.g. crm0001.wolkvox.com.</source>
        <translation>Host o URL del servidor del CRM; por ejemplo, crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>The CRM operation (tenant) name.</source>
        <translation>Nombre de la operación (instancia) del CRM.</translation>
    </message>
    <message>
        <source>Read the Wolkvox-Token from the first line of PATH (default: the WOLKVOX_TOKEN environment variable).</source>
        <translation>Leer el Wolkvox-Token de la primera línea de PATH (predeterminado: la variable de entorno WOLKVOX_TOKEN).</translation>
    </message>
    <message>
        <source>Abandon the transfer after SECONDS without progress (default %1).</source>
        <translation>Abandonar la transferencia tras SECONDS sin avance (predeterminado: %1).</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from 1 to 86400.</source>
        <translation>--timeout requiere un número entero de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>Update one wolkvox CRM case.</source>
        <translation>Actualiza un caso del CRM wolkvox.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <source>The case&apos;s wolkvox-id.</source>
        <translation>El wolkvox-id del caso.</translation>
    </message>
    <message>
        <source>Case type: Request, Complaints, Claims, Suggestions or a custom one.</source>
        <translation>Tipo de caso: Request, Complaints, Claims, Suggestions o uno personalizado.</translation>
    </message>
    <message>
        <source>Responsible user&apos;s wolkvox e-mail (user@operation).</source>
        <translation>Correo wolkvox del usuario responsable (usuario@operación).</translation>
    </message>
    <message>
        <source>Status, as configured in the operation.</source>
        <translation>Estado, tal como está configurado en la operación.</translation>
    </message>
    <message>
        <source>Priority, as configured in the operation.</source>
        <translation>Prioridad, tal como está configurada en la operación.</translation>
    </message>
    <message>
        <source>The solution; required when the status is a closed one.</source>
        <translation>La solución; obligatoria si el estado es un estado cerrado.</translation>
    </message>
    <message>
        <source>A custom field for the form JSON; repeat for more, order is kept.</source>
        <translation>Un campo personalizado para el JSON de form; repítalo para agregar más (se conserva el orden).</translation>
    </message>
    <message>
        <source>Attach a file; repeat for more.</source>
        <translation>Adjuntar un archivo; repítalo para adjuntar más.</translation>
    </message>
    <message>
        <source>A status that closes cases; repeat for more (default: %1).</source>
        <translation>Un estado que cierra casos; repítalo para agregar más (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Name of the attachment part: file (default), files or file[].</source>
        <translation>Nombre del campo de adjuntos: file (predeterminado), files o file[].</translation>
    </message>
    <message>
        <source>Largest attachment allowed, in bytes (default %1).</source>
        <translation>Tamaño máximo permitido por adjunto, en bytes (predeterminado: %1).</translation>
    </message>
    <message>
        <source>--file-field must be file, files or file[].</source>
        <translation>--file-field debe ser file, files o file[].</translation>
    </message>
    <message>
        <source>--max-file-size takes a number of bytes.</source>
        <translation>--max-file-size requiere un número de bytes.</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, not “%1”.</source>
        <translation>--field requiere NAME=VALUE, no “%1”.</translation>
    </message>
    <message>
        <source>Show the token&apos;s daily quota. This costs one call.</source>
        <translation>Muestra el cupo diario del token. Consume una petición.</translation>
    </message>
    <message>
        <source>--operation is required.</source>
        <translation>--operation es obligatorio.</translation>
    </message>
    <message>
        <source>The token is never taken from the command line, where other users can see it. Set WOLKVOX_TOKEN or use --token-file PATH.</source>
        <translation>El token nunca se toma de la línea de comandos, donde otros usuarios pueden verlo. Defina WOLKVOX_TOKEN o use --token-file PATH.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run casedesk-cli --help.</source>
        <translation>Comando desconocido: “%1”. Ejecute casedesk-cli --help.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a company&apos;s private CA). Certificate errors are never ignored.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM (la CA privada de una empresa). Los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>How several attachments travel: auto (default: under file or files one update per file, with the same fields, one call of the quota each, because the CRM&apos;s PHP keeps only the last file of a plain part name; under file[] one request), one-per-file, or one-request (every file in one request: under file or files only the last one arrives, and the outcome is “incomplete”).</source>
        <translation>Cómo viajan varios adjuntos: auto (predeterminado: con file o files una actualización por archivo, con los mismos campos, una petición del cupo cada una, porque el PHP del CRM guarda solo el último archivo de un campo de adjuntos simple; con file[] una petición), one-per-file, o one-request (todos los archivos en una petición: con file o files solo llega el último, y el resultado es “incompleto”).</translation>
    </message>
    <message>
        <source>--attachments must be auto, one-per-file or one-request, not “%1”.</source>
        <translation>--attachments debe ser auto, one-per-file o one-request, no “%1”.</translation>
    </message>
    <message>
        <source>Usage: casedesk-cli COMMAND [OPTIONS]

Commands:
  update      Update one case through cases/update.php.
  show        Show a case as the CRM has it now (cases/queryCases.php).
  batch       Update many cases from a CSV file, checked first, resumable.
  token-info  Show the token&apos;s daily quota (costs one call).

The token is read from the WOLKVOX_TOKEN environment variable or from --token-file PATH,
never from the command line.

update prints the parsed answer as one JSON object on standard output:
  {&quot;http&quot;:200,&quot;code&quot;:200,&quot;error&quot;:null,&quot;msg&quot;:&quot;...&quot;,&quot;wolkvox_id&quot;:&quot;...&quot;,&quot;outcome&quot;:&quot;success&quot;,
   &quot;requests&quot;:[...],&quot;delivered&quot;:[...],&quot;not_sent&quot;:[...]}
outcome is one of success, rejected, network_failure, timeout, cancelled, unreadable_answer,
invalid_input, incomplete; &quot;requests&quot; has each request&apos;s answer and the files it carried.
Messages for people go to standard error.

Exit codes of update, show and token-info:
  0  the case was updated (show: found)
  1  the CRM rejected the update (show: no such case; update --if-unchanged: the case
     changed since, nothing was sent)
  2  invalid input; nothing was sent
  3  network failure, timeout, TLS failure or an unreadable answer
  4  the CRM updated the case but cannot have kept every attachment (--attachments
     one-request under file or files)
When an update goes as one request per file and one fails, the exit code is that
request&apos;s, and standard error says which files were delivered and which were not sent.
show prints the case as one JSON object (--id), or a JSON array of cases (--case-number).
update --from-crm and --if-unchanged read the case first: two calls of the quota.
batch uses the same codes for its rows, and 4 when it stopped before the end
(see &apos;casedesk-cli batch --help&apos;).

Run &apos;casedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Uso: casedesk-cli COMMAND [OPTIONS]

Comandos:
  update      Actualiza un caso mediante cases/update.php.
  show        Muestra un caso tal como lo tiene ahora el CRM (cases/queryCases.php).
  batch       Actualiza muchos casos desde un archivo CSV, con revisión previa y reanudable.
  token-info  Muestra el cupo diario del token (cuesta una petición).

El token se lee de la variable de entorno WOLKVOX_TOKEN o de --token-file PATH,
nunca de la línea de comandos.

update imprime la respuesta interpretada como un objeto JSON en la salida estándar:
  {&quot;http&quot;:200,&quot;code&quot;:200,&quot;error&quot;:null,&quot;msg&quot;:&quot;...&quot;,&quot;wolkvox_id&quot;:&quot;...&quot;,&quot;outcome&quot;:&quot;success&quot;,
   &quot;requests&quot;:[...],&quot;delivered&quot;:[...],&quot;not_sent&quot;:[...]}
outcome es uno de success, rejected, network_failure, timeout, cancelled, unreadable_answer,
invalid_input, incomplete; &quot;requests&quot; contiene la respuesta de cada petición y los archivos
que llevó. Los mensajes para las personas van a la salida de error estándar.

Códigos de salida de update, show y token-info:
  0  se actualizó el caso (show: encontrado)
  1  el CRM rechazó la actualización (show: no existe el caso; update --if-unchanged: el caso
     cambió desde entonces, no se envió nada)
  2  entrada no válida; no se envió nada
  3  falla de red, sin respuesta a tiempo, falla de TLS o respuesta ilegible
  4  el CRM actualizó el caso, pero no puede haber guardado todos los adjuntos
     (--attachments one-request con file o files)
Cuando una actualización va como una petición por archivo y una falla, el código de salida es
el de esa petición, y la salida de error estándar indica qué archivos se entregaron y cuáles
no se enviaron.
show imprime el caso como un objeto JSON (--id), o un arreglo JSON de casos (--case-number).
update --from-crm y --if-unchanged leen primero el caso: dos peticiones del cupo.
batch usa los mismos códigos para sus filas, y 4 cuando se detuvo antes del final
(vea &apos;casedesk-cli batch --help&apos;).

Ejecute &apos;casedesk-cli COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Sending update %1 of %2 (%3)…</source>
        <translation>Enviando la actualización %1 de %2 (%3)…</translation>
    </message>
    <message>
        <source>Read the case first (one more call of the quota) and take every required field not given (case type, responsible, status, priority, and the solution) from the case as the CRM has it now. Custom fields not given keep the CRM&apos;s values anyway.</source>
        <translation>Leer primero el caso (una petición más del cupo) y tomar del caso, tal como lo tiene ahora el CRM, cada campo obligatorio no indicado (tipo de caso, responsable, estado, prioridad y la solución). Los campos personalizados no indicados conservan de todos modos los valores del CRM.</translation>
    </message>
    <message>
        <source>Read the case first (one more call of the quota) and send nothing, exiting with 1, unless every --expect still holds.</source>
        <translation>Leer primero el caso (una petición más del cupo) y, salvo que todos los --expect se sigan cumpliendo, no enviar nada y salir con 1.</translation>
    </message>
    <message>
        <source>With --if-unchanged: the value FIELD must still have in the CRM; FIELD is case-type, responsible, status, priority, solution or form:NAME. Repeat for more.</source>
        <translation>Con --if-unchanged: el valor que FIELD aún debe tener en el CRM; FIELD es case-type, responsible, status, priority, solution o form:NAME. Repítalo para agregar más.</translation>
    </message>
    <message>
        <source>Record each request as an attempt in this history file (the window&apos;s is %1), with the files it carried; by default nothing is recorded.</source>
        <translation>Registrar cada petición como un intento en este archivo de historial (el de la ventana es %1), con los archivos que llevó; por defecto no se registra nada.</translation>
    </message>
    <message>
        <source>--expect takes FIELD=VALUE with FIELD one of case-type, responsible, status, priority, solution or form:NAME, not “%1”.</source>
        <translation>--expect recibe FIELD=VALUE, con FIELD igual a case-type, responsible, status, priority, solution o form:NAME, no “%1”.</translation>
    </message>
    <message>
        <source>--expect only works with --if-unchanged.</source>
        <translation>--expect solo funciona con --if-unchanged.</translation>
    </message>
    <message>
        <source>--if-unchanged needs at least one --expect FIELD=VALUE.</source>
        <translation>--if-unchanged necesita al menos un --expect FIELD=VALUE.</translation>
    </message>
    <message>
        <source>%1: expected “%2”, the CRM has “%3”.</source>
        <translation>%1: se esperaba “%2”, pero el CRM tiene “%3”.</translation>
    </message>
    <message>
        <source>%1: expected “%2”, the CRM&apos;s answer does not show it.</source>
        <translation>%1: se esperaba “%2”, pero la respuesta del CRM no lo muestra.</translation>
    </message>
    <message>
        <source>The case changed since you looked at it; nothing was sent.</source>
        <translation>El caso cambió desde que lo consultó; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>El CRM tiene los campos y %n archivo de las actualizaciones anteriores: %1.</numerusform>
            <numerusform>El CRM tiene los campos y %n archivos de las actualizaciones anteriores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n archivo no se envió: %1.</numerusform>
            <numerusform>%n archivos no se enviaron: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not record this attempt: %1</source>
        <translation>El historial no pudo registrar este intento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 calls left today; the count restarts at %2.</source>
        <extracomment>%Ln calls are left of the token&apos;s daily %1; %2 is a date and time</extracomment>
        <translation>
            <numerusform>Queda %Ln de %1 peticiones hoy; el conteo se reinicia el %2.</numerusform>
            <numerusform>Quedan %Ln de %1 peticiones hoy; el conteo se reinicia el %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed the case</source>
        <translation>Otra persona cambió el caso</translation>
    </message>
    <message>
        <source>Fields changed since the case was loaded</source>
        <translation>Campos que cambiaron desde que se cargó el caso</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>In the conflict dialog, for a field with no value</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>&amp;Keep their changes</source>
        <extracomment>Conflict dialog button: send my changes on top of what the other person changed</extracomment>
        <translation>&amp;Mantener cambios ajenos</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <extracomment>Conflict dialog button: send the form as it is, undoing what the other person changed</extracomment>
        <translation>&amp;Sobrescribir con los míos</translation>
    </message>
    <message>
        <source>Case %1 changed in the CRM since you loaded it. Nothing has been sent yet.</source>
        <translation>El caso %1 cambió en el CRM desde que lo cargó. Todavía no se envió nada.</translation>
    </message>
    <message>
        <source>Case %1 changed in the CRM since you loaded it at %2. Nothing has been sent yet.</source>
        <extracomment>%1 is the wolkvox-id; %2 the date and time the case was loaded</extracomment>
        <translation>El caso %1 cambió en el CRM desde que lo cargó, el %2. Todavía no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>You and someone else both changed %n field(s), marked below.</source>
        <translation>
            <numerusform>%n campo cambió en el formulario y también en el CRM; está marcado abajo.</numerusform>
            <numerusform>%n campos cambiaron en el formulario y también en el CRM; están marcados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep their changes: the fields only they changed keep their values, yours go on top, and where you both changed a field theirs stays. Overwrite with mine: the case gets the form exactly as it is, undoing their changes. Cancel: nothing is sent.</source>
        <translation>Mantener cambios ajenos: los campos que solo la otra persona cambió conservan su valor, los cambios del formulario se aplican encima y, donde ambos cambiaron el mismo campo, queda el valor de la otra persona. Sobrescribir con los míos: el caso recibe el formulario exactamente como está y se deshacen los cambios de la otra persona. Cancelar: no se envía nada.</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Conflict dialog column: the field&apos;s name</extracomment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you loaded it</source>
        <extracomment>Conflict dialog column: the value when the agent loaded the case</extracomment>
        <translation>Al cargarlo</translation>
    </message>
    <message>
        <source>In the CRM now</source>
        <extracomment>Conflict dialog column: the value the CRM has now, after someone else&apos;s change</extracomment>
        <translation>En el CRM ahora</translation>
    </message>
    <message>
        <source>Yours, to send</source>
        <extracomment>Conflict dialog column: the value the agent is about to send</extracomment>
        <translation>Su valor, para enviar</translation>
    </message>
    <message>
        <source>Both you and someone else changed this field.</source>
        <extracomment>Tooltip of a field both the agent and someone else changed</extracomment>
        <translation>Este campo cambió en el formulario y también en el CRM.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Profi&amp;le:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>The saved connection: server, operation, settings and form defaults</source>
        <translation>La conexión guardada: servidor, operación, configuración y valores predeterminados del formulario</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>Button that opens the menu of profile actions (new, rename, delete, import, export)</extracomment>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Acciones de perfil</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>CRM server</source>
        <translation>Servidor del CRM</translation>
    </message>
    <message>
        <source>The host in the CRM&apos;s address bar after logging in, for example crm0001.wolkvox.com</source>
        <translation>El host que aparece en la barra de direcciones del CRM después de iniciar sesión; por ejemplo, crm0001.wolkvox.com</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>e.g. modulodeprueba</source>
        <extracomment>Placeholder of the operation field; modulodeprueba is the vendor&apos;s demo operation, keep it as it is</extracomment>
        <translation>p. ej., modulodeprueba</translation>
    </message>
    <message>
        <source>The CRM operation (tenant) whose case you correct</source>
        <translation>La operación (instancia) del CRM a la que pertenece el caso</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Wolkvox-Token</source>
        <translation>Wolkvox-Token</translation>
    </message>
    <message>
        <source>The operation&apos;s Wolkvox-Token. It is kept in the system keychain, never in a file or log.</source>
        <translation>El Wolkvox-Token de la operación. Se guarda en el llavero del sistema, nunca en un archivo ni en un registro.</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar u ocultar el token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>The button beside the token field while the token is hidden: shows it</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Ask the CRM whether the token works and how many calls are left today (costs one call)</source>
        <translation>Consultar al CRM si el token funciona y cuántas peticiones quedan hoy (consume una petición)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>The profiles could not be saved</source>
        <translation>No se pudieron guardar los perfiles</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept only until Casedesk closes.</source>
        <translation>No hay un llavero del sistema disponible: el token se conserva solo hasta que se cierre Casedesk.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The connection status while Test connection waits for the CRM</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Connected; the CRM did not report the quota.</source>
        <translation>Conectado; el CRM no informó el cupo.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>The connection status after a failed Test connection</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>Falló la prueba de conexión</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>The button beside the token field while the token is shown: hides it again</extracomment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message numerus="yes">
        <source>Connected · %Ln of %1 calls left today</source>
        <extracomment>The connection status after Test connection. %n calls are left of the daily limit %1.</extracomment>
        <translation>
            <numerusform>Conectado · queda %Ln de %1 peticiones hoy</numerusform>
            <numerusform>Conectado · quedan %Ln de %1 peticiones hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily count of calls restarts at %1.</source>
        <translation>Reinicio del conteo diario de peticiones: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A profile without a name was skipped.</source>
        <translation>Se omitió un perfil sin nombre.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be text; it was left empty.</source>
        <translation>Perfil “%1”: “%2” debe ser texto; se dejó vacío.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be a list of texts; the default was kept.</source>
        <translation>Perfil “%1”: “%2” debe ser una lista de textos; se mantuvo el valor predeterminado.</translation>
    </message>
    <message>
        <source>Profile “%1”: the file holds a token; it was ignored. Tokens are kept only in the system keychain: enter it in the connection bar.</source>
        <translation>Perfil “%1”: el archivo contiene un token, que se ignoró. Los tokens solo se guardan en el llavero del sistema: ingréselo en la barra de conexión.</translation>
    </message>
    <message>
        <source>Profile “%1” was skipped: its server “%2” is not usable (%3).</source>
        <translation>Se omitió el perfil “%1”: su servidor “%2” no se puede usar (%3).</translation>
    </message>
    <message>
        <source>Profile “%1”: the timeout must be a whole number of seconds from 1 to %2; %3 s was kept.</source>
        <translation>Perfil “%1”: el tiempo de espera debe ser un número entero de segundos entre 1 y %2; se mantuvo el valor de %3 s.</translation>
    </message>
    <message>
        <source>Profile “%1”: the attachment size limit must be a positive number of bytes; the default was kept.</source>
        <translation>Perfil “%1”: el límite de tamaño de los adjuntos debe ser un número positivo de bytes; se mantuvo el valor predeterminado.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not a way of sending attachments Casedesk knows; the default was kept.</source>
        <translation>Perfil “%1”: “%2” no es una forma de enviar adjuntos que Casedesk conozca; se mantuvo el valor predeterminado.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be true or false; the default was kept.</source>
        <translation>Perfil “%1”: “%2” debe ser true o false; se mantuvo el valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed, so the rest of the file would be read as one cell. Check the quotes on that line.</source>
        <translation>Las comillas que se abren en la línea %1 nunca se cierran, por lo que el resto del archivo se leería como una sola celda. Revise las comillas de esa línea.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3.</source>
        <translation>
            <numerusform>La fila %1 (línea %2) tiene %n celda, pero el encabezado tiene %3.</numerusform>
            <numerusform>La fila %1 (línea %2) tiene %n celdas, pero el encabezado tiene %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (line %2): cell %3 has text after its closing quote. A quote inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Fila %1 (línea %2): la celda %3 tiene texto después de las comillas de cierre. Una comilla dentro de una celda entre comillas debe escribirse doble (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called “%2”.</source>
        <translation>La columna %1 no tiene nombre en el encabezado; se llamará “%2”.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 have the same name, “%3”.</source>
        <translation>Las columnas %1 y %2 tienen el mismo nombre: “%3”.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows of cases.</source>
        <translation>El archivo tiene una línea de encabezado, pero ninguna fila de casos.</translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller batches.</source>
        <translation>El archivo ocupa más de %1; divídalo en lotes más pequeños.</translation>
    </message>
    <message>
        <source>This is not a text file (line %1 holds a zero byte). Export the sheet as CSV and import that file.</source>
        <translation>Este no es un archivo de texto (la línea %1 contiene un byte nulo). Exporte la hoja como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text (byte 0x%2 at position %3); the file is probably Latin-1 or Windows-1252. Nothing was imported: save the file as “CSV UTF-8” and import it again.</source>
        <translation>La línea %1 no es texto UTF-8 (byte 0x%2 en la posición %3); probablemente el archivo está en Latin-1 o Windows-1252. No se importó nada: guarde el archivo como “CSV UTF-8” y vuelva a importarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3. The “%4” cell seems to hold a “%5” that is not inside quotes (“%6”): put double quotes around that cell, or save the file with another separator.</source>
        <translation>
            <numerusform>La fila %1 (línea %2) tiene %n celda, pero el encabezado tiene %3. La celda “%4” parece contener un “%5” que no está entre comillas (“%6”): ponga comillas dobles alrededor de esa celda o guarde el archivo con otro separador.</numerusform>
            <numerusform>La fila %1 (línea %2) tiene %n celdas, pero el encabezado tiene %3. La celda “%4” parece contener un “%5” que no está entre comillas (“%6”): ponga comillas dobles alrededor de esa celda o guarde el archivo con otro separador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldParser</name>
    <message>
        <source>Paste a JSON object such as {&quot;name&quot;: &quot;value&quot;}, not a list.</source>
        <translation>Pegue un objeto JSON como {&quot;name&quot;: &quot;value&quot;}, no una lista.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no field name; it was left out.</source>
        <translation>La fila %1 tiene un valor pero no un nombre de campo; se omitió.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; only the first two (name and value) were used.</source>
        <translation>La fila %1 tiene %2 columnas; solo se usaron las dos primeras (nombre y valor).</translation>
    </message>
    <message>
        <source>The pasted JSON is not valid at character %1: %2</source>
        <translation>El JSON pegado no es válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>expected “{”.</source>
        <translation>se esperaba “{”.</translation>
    </message>
    <message>
        <source>expected a field name in double quotes.</source>
        <translation>se esperaba un nombre de campo entre comillas dobles.</translation>
    </message>
    <message>
        <source>a text is not closed or has an invalid escape.</source>
        <translation>hay un texto sin cerrar o con una secuencia de escape no válida.</translation>
    </message>
    <message>
        <source>expected “:” after “%1”.</source>
        <translation>se esperaba “:” después de “%1”.</translation>
    </message>
    <message>
        <source>the value of “%1” is not closed.</source>
        <translation>el valor de “%1” no está cerrado.</translation>
    </message>
    <message>
        <source>the value of “%1” is not valid JSON.</source>
        <translation>el valor de “%1” no es JSON válido.</translation>
    </message>
    <message>
        <source>The value of “%1” is not text; it was kept as JSON text.</source>
        <translation>El valor de “%1” no es texto; se conservó como texto JSON.</translation>
    </message>
    <message>
        <source>the value of “%1” is not a JSON value.</source>
        <translation>el valor de “%1” no es un valor JSON.</translation>
    </message>
    <message>
        <source>expected “,” or “}” after the value of “%1”.</source>
        <translation>se esperaba “,” o “}” después del valor de “%1”.</translation>
    </message>
    <message>
        <source>there is more text after the closing “}”.</source>
        <translation>hay más texto después de la “}” final.</translation>
    </message>
    <message>
        <source>The field at character %1 has no name; it was left out.</source>
        <translation>El campo en el carácter %1 no tiene nombre; se omitió.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Custom fi&amp;elds</source>
        <translation>Ca&amp;mpos personalizados</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Agregar campo</translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation>Duplicar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>Move field up</source>
        <translation>Subir campo</translation>
    </message>
    <message>
        <source>Move field down</source>
        <translation>Bajar campo</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>Pegar campos</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Name and value of each custom field, sent in this order</source>
        <translation>Nombre y valor de cada campo personalizado, enviados en este orden</translation>
    </message>
    <message>
        <source>Form &amp;JSON as sent:</source>
        <translation>&amp;JSON de form, tal como se envía:</translation>
    </message>
    <message>
        <source>Form JSON as sent</source>
        <translation>JSON de form, tal como se envía</translation>
    </message>
    <message>
        <source>The exact form field that will be sent</source>
        <translation>El campo form exacto que se enviará</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Agregar campo</translation>
    </message>
    <message>
        <source>&amp;Duplicate field</source>
        <translation>&amp;Duplicar campo</translation>
    </message>
    <message>
        <source>&amp;Remove fields</source>
        <translation>&amp;Quitar campos</translation>
    </message>
    <message>
        <source>&amp;Paste fields</source>
        <translation>&amp;Pegar campos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>Copy two columns (name and value) from a spreadsheet, or a JSON object, then paste again.</source>
        <translation>Copie dos columnas (nombre y valor) de una hoja de cálculo, o un objeto JSON, y vuelva a pegar.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>No se pegó nada</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n field(s), with remarks</source>
        <translation>
            <numerusform>Se pegó %n campo, con observaciones</numerusform>
            <numerusform>Se pegaron %n campos, con observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the case as loaded, or empty there</source>
        <translation>No estaba en el caso al cargarlo, o estaba vacío</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>Al cargar: %1</translation>
    </message>
    <message>
        <source>Add a field (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Agregar un campo (%1)</translation>
    </message>
    <message>
        <source>Duplicate the selected field (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Duplicar el campo seleccionado (%1)</translation>
    </message>
    <message>
        <source>Remove the selected fields (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Quitar los campos seleccionados (%1)</translation>
    </message>
    <message>
        <source>Move the selected field up (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Subir el campo seleccionado (%1)</translation>
    </message>
    <message>
        <source>Move the selected field down (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Bajar el campo seleccionado (%1)</translation>
    </message>
    <message>
        <source>Paste fields copied from a spreadsheet (name and value columns) or a JSON object (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Pegar campos copiados de una hoja de cálculo (columnas de nombre y valor) o de un objeto JSON (%1)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>DeliveryPlan</name>
    <message numerus="yes">
        <source>%n file(s) in one request under the part name “%1”: the CRM keeps only the last one, %2. Choose “One update per file” in Settings to deliver them all.</source>
        <translation>
            <numerusform>%n archivo en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último, %2. Seleccione “Una actualización por archivo” en Configuración para entregarlos todos.</numerusform>
            <numerusform>%n archivos en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último, %2. Seleccione “Una actualización por archivo” en Configuración para entregarlos todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): sent as %n updates of the same fields, one file each, so that the CRM keeps every file. Each update is one call of the daily quota.</source>
        <extracomment>%n is both the number of files and of updates: one update carries one file</extracomment>
        <translation>
            <numerusform>%n archivo: se envía como %n actualización de los mismos campos, un archivo cada una, para que el CRM guarde todos los archivos. Cada actualización es una petición del cupo diario.</numerusform>
            <numerusform>%n archivos: se envían como %n actualizaciones de los mismos campos, un archivo cada una, para que el CRM guarde todos los archivos. Cada actualización es una petición del cupo diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in one request under the part name “%1”: the CRM keeps only the last one, %2. Pass --attachments one-per-file to deliver them all.</source>
        <translation>
            <numerusform>%n archivo en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último, %2. Use --attachments one-per-file para entregarlos todos.</numerusform>
            <numerusform>%n archivos en una petición con el campo de adjuntos “%1”: el CRM guarda solo el último, %2. Use --attachments one-per-file para entregarlos todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>No se pudo guardar el borrador</translation>
    </message>
    <message>
        <source>Unsent case</source>
        <translation>Caso sin enviar</translation>
    </message>
    <message>
        <source>Restore the unsent case from %1?</source>
        <translation>¿Restaurar el caso sin enviar del %1?</translation>
    </message>
    <message>
        <source>Case %1 was being edited when Casedesk stopped.</source>
        <translation>Se estaba editando el caso %1 cuando Casedesk se detuvo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>No se pudo guardar el borrador en %1: %2</translation>
    </message>
    <message>
        <source>The draft in %1 cannot be read: %2</source>
        <translation>No se puede leer el borrador de %1: %2</translation>
    </message>
    <message>
        <source>The draft in %1 is damaged and cannot be restored.</source>
        <translation>El borrador de %1 está dañado y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The draft was saved by a newer version of Casedesk and cannot be restored.</source>
        <translation>El borrador se guardó con una versión más reciente de Casedesk y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The draft %1 could not be removed: %2</source>
        <translation>No se pudo eliminar el borrador %1: %2</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled.</source>
        <translation>Se canceló el cálculo del hash de %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite); the history cannot be kept.</source>
        <translation>Falta el controlador SQLite de Qt (paquete de Debian libqt6sql6-sqlite); no se puede guardar el historial.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; the history cannot be kept.</source>
        <translation>No se puede crear la carpeta %1, así que el historial no se guardará.</translation>
    </message>
    <message>
        <source>The history file %1 is a folder.</source>
        <translation>El archivo de historial %1 es una carpeta.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Casedesk (schema %2; this version reads up to %3). Update Casedesk to see it.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Casedesk (esquema %2; esta versión lee hasta el %3). Actualice Casedesk para verlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space; what was already saved is intact.</source>
        <translation>El disco está lleno y no se pudo guardar el historial. Libere espacio; lo que ya estaba guardado sigue intacto.</translation>
    </message>
    <message>
        <source>The history file cannot be written (%1). Check that its folder is writable and the disk is working.</source>
        <translation>No se puede escribir en el archivo de historial (%1). Verifique que su carpeta permita escritura y que el disco funcione.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a Casedesk history (%1).</source>
        <translation>El archivo de historial está dañado o no es un historial de Casedesk (%1).</translation>
    </message>
    <message>
        <source>The history is in use by another program; try again in a moment.</source>
        <translation>Otro programa está usando el historial; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The history could not be read or saved: %1</source>
        <translation>No se pudo leer ni guardar el historial: %1</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This history is kept in memory only and cannot be exported.</source>
        <translation>Este historial se guarda solo en memoria y no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No answer arrived; check the case in the CRM.</source>
        <translation>No llegó ninguna respuesta; revise el caso en el CRM.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Casedesk stopped before the CRM answered (closed or crashed). The update may or may not have been applied; check the case in the CRM.</source>
        <translation>Casedesk se detuvo antes de que el CRM respondiera (se cerró o falló). Puede que la actualización se haya aplicado o no; revise el caso en el CRM.</translation>
    </message>
    <message>
        <source>Waiting for the CRM&apos;s answer…</source>
        <translation>Esperando la respuesta del CRM…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interrupted — check the case</source>
        <translation>Interrumpido: revise el caso</translation>
    </message>
    <message>
        <source>Sent by bulk correction %1, from row %2 of its file.</source>
        <translation>Enviado por la corrección masiva %1, fila %2 de su archivo.</translation>
    </message>
    <message>
        <source>Sent from the form, not by a bulk correction.</source>
        <translation>Enviado desde el formulario, no por una corrección masiva.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>%1 · row %2</source>
        <translation>%1 · fila %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of update attempts</source>
        <translation>Historial de intentos de actualización</translation>
    </message>
    <message>
        <source>Selected attempt</source>
        <translation>Intento seleccionado</translation>
    </message>
    <message>
        <source>Details of the selected attempt</source>
        <translation>Detalles del intento seleccionado</translation>
    </message>
    <message>
        <source>Select an attempt to see the CRM&apos;s answer and what was sent.</source>
        <translation>Seleccione un intento para ver la respuesta del CRM y lo que se envió.</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>Cargar en el &amp;formulario</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Casedesk stopped before the CRM answered. The update may or may not have been applied; check the case in the CRM.</source>
        <translation>Casedesk se detuvo antes de que el CRM respondiera. Puede que la actualización se haya aplicado o no; revise el caso en el CRM.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the HTTP status or the code in an attempt&apos;s details when the answer had none</extracomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>msg</source>
        <translation>msg</translation>
    </message>
    <message>
        <source>data.wolkvox_id</source>
        <translation>data.wolkvox_id</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <source>Sent (the token is never stored)</source>
        <translation>Enviado (el token nunca se guarda)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>adjunto %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… no se muestran %1 más</translation>
    </message>
    <message>
        <source>… the rest is not shown</source>
        <translation>… el resto no se muestra</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exportar el historial como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n intento a %1.</numerusform>
            <numerusform>Se exportaron %n intentos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation>No se pudo exportar el historial: %1</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rango de fechas</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>Attempts from the start of this day, in this computer&apos;s time zone</source>
        <translation>Intentos desde el comienzo de este día, en la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Attempts up to the end of this day, in this computer&apos;s time zone</source>
        <translation>Intentos hasta el final de este día, en la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>Load into form</source>
        <translation>Cargar en el formulario</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Rango personalizado…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Bulk correction %1, row %2 of its file</source>
        <translation>Corrección masiva %1, fila %2 de su archivo</translation>
    </message>
    <message>
        <source>Batch %1 only</source>
        <translation>Solo el lote %1</translation>
    </message>
    <message>
        <source>Only the attempts of bulk correction %1 are shown. Click to show every attempt.</source>
        <translation>Solo se muestran los intentos de la corrección masiva %1. Haga clic para mostrar todos los intentos.</translation>
    </message>
    <message>
        <source>Show every attempt again</source>
        <translation>Volver a mostrar todos los intentos</translation>
    </message>
    <message>
        <source>How many attempts are shown</source>
        <translation>Cuántos intentos se muestran</translation>
    </message>
    <message>
        <source>Changes to the case as loaded</source>
        <translation>Cambios respecto al caso cargado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>In the history&apos;s details, for a field that had or got no value</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A change in the history&apos;s details: %1 the value the CRM had, %2 the value sent</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Row label in the history&apos;s details, beside &quot;None: the case was sent as loaded.&quot;</extracomment>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>None: the case was sent as loaded.</source>
        <translation>Ninguno: el caso se envió tal como se cargó.</translation>
    </message>
    <message>
        <source>Loaded from the CRM</source>
        <translation>Cargado desde el CRM</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of %n attempt(s)</source>
        <extracomment>Above the history when a search or filter is on; %1 is how many are shown, %n how many exist</extracomment>
        <translation>
            <numerusform>Mostrados: %1 de %n intento</numerusform>
            <numerusform>Mostrados: %1 de %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <extracomment>Above the history: how many attempts it holds</extracomment>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>No attempt matches the search and filters. Clear the search or choose other filters to see more.</source>
        <translation>Ningún intento coincide con la búsqueda y los filtros. Borre la búsqueda o seleccione otros filtros para ver más.</translation>
    </message>
    <message>
        <source>No attempts yet. Each update you send is listed here.</source>
        <translation>Todavía no hay intentos. Cada actualización que envíe aparece aquí.</translation>
    </message>
    <message>
        <source>Put this attempt&apos;s case back into the form to correct and send it again (%1, or %2 in the list)</source>
        <extracomment>%1 and %2 are keys as the system names them (Ctrl+L, and Enter in the list)</extracomment>
        <translation>Devolver el caso de este intento al formulario para corregirlo y enviarlo de nuevo (%1, o %2 en la lista)</translation>
    </message>
    <message>
        <source>Copy the answer and what was sent, without the token (%1 in the list)</source>
        <extracomment>%1 is the key that does the same while the list has the focus</extracomment>
        <translation>Copiar la respuesta y lo que se envió, sin el token (%1 en la lista)</translation>
    </message>
    <message>
        <source>Search…</source>
        <extracomment>Placeholder of the history&apos;s search field</extracomment>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Finds the attempts whose case, CRM message, responsible, operation or solution contains the text</source>
        <translation>Encuentra los intentos cuyo caso, mensaje del CRM, responsable, operación o solución contienen el texto</translation>
    </message>
    <message>
        <source>Every update attempt, newest first. Select one to see what was sent and answered.</source>
        <translation>Todos los intentos de actualización, del más reciente al más antiguo. Seleccione uno para ver lo que se envió y la respuesta.</translation>
    </message>
    <message>
        <source>Copy de&amp;tails</source>
        <translation>Copiar deta&amp;lles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casedesk</source>
        <translation>Casedesk</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Send the update to the CRM</source>
        <translation>Enviar la actualización al CRM</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Stop the upload in progress</source>
        <translation>Detener el envío en curso</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>Clear the case, its custom fields and attachments; keep the connection</source>
        <translation>Limpiar el caso, sus campos personalizados y sus adjuntos, y conservar la conexión</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Load selected attempt into form</source>
        <translation>Ca&amp;rgar el intento seleccionado en el formulario</translation>
    </message>
    <message>
        <source>Put the selected attempt back into the form</source>
        <translation>Devolver el intento seleccionado al formulario</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Check the token and the calls left today</source>
        <translation>Verificar el token y las peticiones que quedan hoy</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Timeout, attachment part name, closed statuses, file types and size</source>
        <translation>Tiempo de espera, campo de adjuntos, estados cerrados, tipos y tamaño de archivo</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Casedesk</source>
        <translation>&amp;Acerca de Casedesk</translation>
    </message>
    <message>
        <source>Loaded into the form</source>
        <translation>Cargado en el formulario</translation>
    </message>
    <message>
        <source>Case %1 is back in the form: correct it and press Update case.</source>
        <translation>El caso %1 volvió al formulario: corríjalo y presione Actualizar caso.</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s Wolkvox-Token.</source>
        <translation>Ingrese el Wolkvox-Token de la operación.</translation>
    </message>
    <message>
        <source>Casedesk — sending…</source>
        <translation>Casedesk — enviando…</translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation>Caso actualizado</translation>
    </message>
    <message>
        <source>Case %1 updated</source>
        <translation>Caso %1 actualizado</translation>
    </message>
    <message>
        <source>The CRM answered “%1” (HTTP %2) in %3.</source>
        <extracomment>%1 is the CRM&apos;s message, %2 the HTTP status, %3 how long it took</extracomment>
        <translation>El CRM respondió “%1” (HTTP %2) en %3.</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Actualización cancelada</translation>
    </message>
    <message>
        <source>An update is being sent</source>
        <translation>Se está enviando una actualización</translation>
    </message>
    <message>
        <source>Casedesk is still sending case %1. If you close now the upload is cancelled and you will not know whether the CRM applied it.</source>
        <translation>Casedesk todavía está enviando el caso %1. Si cierra ahora, se cancelará el envío y no sabrá si el CRM aplicó la actualización.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Seguir enviando</translation>
    </message>
    <message>
        <source>&amp;Cancel the upload and close</source>
        <translation>&amp;Cancelar el envío y cerrar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>The history could not be saved</source>
        <translation>No se pudo guardar el historial</translation>
    </message>
    <message>
        <source>Casedesk stopped while sending</source>
        <translation>Casedesk se detuvo durante un envío</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</source>
        <translation>
            <numerusform>%n actualización no recibió respuesta porque Casedesk se detuvo. Está marcada como “Interrumpido: revise el caso” en el historial: revise ese caso en el CRM.</numerusform>
            <numerusform>%n actualizaciones no recibieron respuesta porque Casedesk se detuvo. Están marcadas como “Interrumpido: revise el caso” en el historial: revise esos casos en el CRM.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is not being saved</source>
        <translation>No se está guardando el historial</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>The form has changes that were not sent.</source>
        <translation>El formulario tiene cambios que no se enviaron.</translation>
    </message>
    <message>
        <source>Save them as a draft to be offered the next time Casedesk starts, or discard them.</source>
        <translation>Guárdelos como borrador para recuperarlos la próxima vez que se inicie Casedesk, o descártelos.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>This session&apos;s attempts are kept only until Casedesk closes.</source>
        <translation>Los intentos de esta sesión se conservan solo hasta que Casedesk se cierre.</translation>
    </message>
    <message>
        <source>&amp;Bulk correction…</source>
        <translation>Corrección &amp;masiva…</translation>
    </message>
    <message>
        <source>Correct many cases at once from a CSV file or rows copied from a spreadsheet</source>
        <translation>Corregir muchos casos a la vez desde un archivo CSV o filas copiadas de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Bulk correction is not available</source>
        <translation>La corrección masiva no está disponible</translation>
    </message>
    <message>
        <source>Bulk correction keeps every batch in the history database, which could not be opened in this session. Restart Casedesk once the history file can be written.</source>
        <translation>La corrección masiva guarda cada lote en la base de datos del historial, que no se pudo abrir en esta sesión. Reinicie Casedesk cuando se pueda escribir en el archivo de historial.</translation>
    </message>
    <message numerus="yes">
        <source>The bulk correction from %1 has %n row(s) not sent yet.</source>
        <translation>
            <numerusform>La corrección masiva de %1 tiene %n fila aún sin enviar.</numerusform>
            <numerusform>La corrección masiva de %1 tiene %n filas aún sin enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when it stopped; check those cases in the CRM before resending them.</source>
        <translation>
            <numerusform>%n fila se estaba enviando cuando la corrección se detuvo; revise ese caso en el CRM antes de volver a enviarla.</numerusform>
            <numerusform>%n filas se estaban enviando cuando la corrección se detuvo; revise esos casos en el CRM antes de volver a enviarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other batch(es) are unfinished too.</source>
        <translation>
            <numerusform>También hay %n lote más sin terminar.</numerusform>
            <numerusform>También hay otros %n lotes sin terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk correction was not finished</source>
        <translation>Hay una corrección masiva sin terminar</translation>
    </message>
    <message>
        <source>Open bulk correction</source>
        <translation>Abrir corrección masiva</translation>
    </message>
    <message>
        <source>The history could not record this attempt.</source>
        <translation>El historial no pudo registrar este intento.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n file(s) went in %n updates, one file each.</source>
        <translation>
            <numerusform>Se envió %n archivo en %n actualización.</numerusform>
            <numerusform>Sus %n archivos se enviaron en %n actualizaciones, una por archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>El CRM tiene los campos y %n archivo de las actualizaciones anteriores: %1.</numerusform>
            <numerusform>El CRM tiene los campos y %n archivos de las actualizaciones anteriores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n archivo no se envió: %1.</numerusform>
            <numerusform>%n archivos no se enviaron: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update case</source>
        <extracomment>Case menu item; no underlined letter: only its own key (Ctrl+Return) or a click sends</extracomment>
        <translation>Actualizar caso</translation>
    </message>
    <message>
        <source>Loa&amp;d from CRM</source>
        <translation>Cargar &amp;del CRM</translation>
    </message>
    <message>
        <source>Read the case the id field names from the CRM and fill the form with it; one call of the daily quota</source>
        <translation>Leer desde el CRM el caso que indica el campo del id y llenar el formulario con él; una petición del cupo diario</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Case menu item; no underlined letter: each test uses a call of the daily quota, so only its own key (Ctrl+T) or a click tests</extracomment>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every key of the main and bulk-correction windows</source>
        <translation>Todas las teclas de la ventana principal y de la ventana de corrección masiva</translation>
    </message>
    <message numerus="yes">
        <source>%n of its files already reached the CRM and are not sent again unless you tick them.</source>
        <translation>
            <numerusform>%n de los archivos del caso ya llegó al CRM y no se vuelve a enviar a menos que lo marque.</numerusform>
            <numerusform>%n de los archivos del caso ya llegaron al CRM y no se vuelven a enviar a menos que los marque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: the CRM has these values. Change something to send a correction, or start the next case (%1).</source>
        <translation>Enviado: el CRM tiene estos valores. Cambie algo para enviar una corrección o empiece el siguiente caso (%1).</translation>
    </message>
    <message>
        <source>Nothing to send yet: change a field of the loaded case first.</source>
        <translation>Todavía no hay nada que enviar: primero cambie un campo del caso cargado.</translation>
    </message>
    <message>
        <source>Reading %1 from the CRM…</source>
        <translation>Leyendo %1 desde el CRM…</translation>
    </message>
    <message>
        <source>Reading the case again, to see whether someone else changed it…</source>
        <translation>Volviendo a leer el caso para ver si otra persona lo cambió…</translation>
    </message>
    <message>
        <source>Checking the token before the upload…</source>
        <translation>Verificando el token antes del envío…</translation>
    </message>
    <message>
        <source>Casedesk — reading…</source>
        <translation>Casedesk — leyendo…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <extracomment>The tooltip of the button that closes a message strip</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>The CRM has no status “%1” for the case type “%2”</source>
        <extracomment>%1 is the status, %2 the case type, both as the agent typed them</extracomment>
        <translation>El CRM no tiene el estado “%1” para el tipo de caso “%2”</translation>
    </message>
    <message>
        <source>Choose one of this case type&apos;s statuses and send again. Casedesk no longer offers “%1” for it. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Seleccione uno de los estados de este tipo de caso y vuelva a enviar. Casedesk ya no ofrecerá “%1” para este tipo de caso. El mensaje original del CRM está en los detalles del intento.</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <extracomment>Banner button: put the cursor in the status field</extracomment>
        <translation>Seleccionar estado</translation>
    </message>
    <message>
        <source>The CRM has no priority “%1” for the case type “%2”</source>
        <translation>El CRM no tiene la prioridad “%1” para el tipo de caso “%2”</translation>
    </message>
    <message>
        <source>Choose one of this case type&apos;s priorities and send again. Casedesk no longer offers “%1” for it. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Seleccione una de las prioridades de este tipo de caso y vuelva a enviar. Casedesk ya no ofrecerá “%1” para este tipo de caso. El mensaje original del CRM está en los detalles del intento.</translation>
    </message>
    <message>
        <source>Choose a priority</source>
        <extracomment>Banner button: put the cursor in the priority field</extracomment>
        <translation>Seleccionar prioridad</translation>
    </message>
    <message>
        <source>The CRM has no case type “%1”</source>
        <translation>El CRM no tiene el tipo de caso “%1”</translation>
    </message>
    <message>
        <source>Choose a case type the operation has and send again. Casedesk no longer offers “%1”. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Seleccione un tipo de caso que exista en la operación y vuelva a enviar. Casedesk ya no ofrecerá “%1”. El mensaje original del CRM está en los detalles del intento.</translation>
    </message>
    <message>
        <source>Choose a case type</source>
        <extracomment>Banner button: put the cursor in the case type field</extracomment>
        <translation>Seleccionar tipo de caso</translation>
    </message>
    <message>
        <source>The CRM has no user “%1”</source>
        <translation>El CRM no tiene el usuario “%1”</translation>
    </message>
    <message>
        <source>Check the responsible&apos;s wolkvox e-mail (user@operation): the user must exist in the CRM. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Revise el correo wolkvox del responsable (usuario@operación): el usuario debe existir en el CRM. El mensaje original del CRM está en los detalles del intento.</translation>
    </message>
    <message>
        <source>Edit the responsible</source>
        <extracomment>Banner button: put the cursor in the responsible field</extracomment>
        <translation>Editar el responsable</translation>
    </message>
    <message>
        <source>The status “%1” needs a solution</source>
        <translation>El estado “%1” requiere una solución</translation>
    </message>
    <message>
        <source>The CRM closes the case with this status, so it needs a solution. Write how the case was resolved and send again; from now on Casedesk asks for it with this status. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>El CRM cierra el caso con este estado, así que requiere una solución. Escriba cómo se resolvió el caso y vuelva a enviar; a partir de ahora, Casedesk la pedirá con este estado. El mensaje original del CRM está en los detalles del intento.</translation>
    </message>
    <message>
        <source>Write the solution</source>
        <extracomment>Banner button: put the cursor in the solution field</extracomment>
        <translation>Escribir la solución</translation>
    </message>
    <message>
        <source>The token was checked before the upload, which used one call of today&apos;s quota.</source>
        <translation>El token se verificó antes del envío; eso consumió una petición del cupo de hoy.</translation>
    </message>
    <message>
        <source>Next case</source>
        <extracomment>Banner button after a successful update: clear the case, keep the connection</extracomment>
        <translation>Siguiente caso</translation>
    </message>
    <message>
        <source>Edit token</source>
        <extracomment>Banner button: put the cursor in the token field</extracomment>
        <translation>Editar token</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Banner button: send the same update again</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Show details</source>
        <extracomment>Banner button: select the attempt in the history and show what was sent and answered</extracomment>
        <translation>Ver detalles</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>Case %1 was not updated; the form is as you left it.</source>
        <translation>El caso %1 no se actualizó; el formulario sigue como lo dejó.</translation>
    </message>
    <message>
        <source>The CRM no longer has case %1</source>
        <translation>El CRM ya no tiene el caso %1</translation>
    </message>
    <message>
        <source>Reading the case again just before sending found no case with this wolkvox-id, so nothing was sent. Check the id.</source>
        <translation>Al volver a leer el caso justo antes de enviar, no se encontró ningún caso con este wolkvox-id, así que no se envió nada. Revise el id.</translation>
    </message>
    <message>
        <source>The case could not be read again before sending</source>
        <translation>No se pudo volver a leer el caso antes de enviar</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>No se envió nada. %1</translation>
    </message>
    <message>
        <source>The token check failed before the upload</source>
        <translation>Falló la verificación del token antes del envío</translation>
    </message>
    <message>
        <source>Nothing was uploaded: Casedesk checks the token before a large upload, and the CRM answered: %1</source>
        <translation>No se envió nada: Casedesk verifica el token antes de un envío grande, y el CRM respondió: %1</translation>
    </message>
    <message>
        <source>Token checked</source>
        <translation>Token verificado</translation>
    </message>
    <message>
        <source>The token works: the upload has started. Checking it used one call of today&apos;s quota.</source>
        <translation>El token funciona: el envío comenzó. La verificación consumió una petición del cupo de hoy.</translation>
    </message>
    <message>
        <source>The token could not be checked before the upload</source>
        <translation>No se pudo verificar el token antes del envío</translation>
    </message>
    <message>
        <source>Nothing was sent. %1 “%2” sends the update without checking the token first; a wrong token is then reported after the upload.</source>
        <extracomment>%1 says why the CRM gave no answer, in one or two sentences; %2 is the banner&apos;s Retry button</extracomment>
        <translation>No se envió nada. %1 “%2” envía la actualización sin verificar antes el token; si el token es incorrecto, se informará después del envío.</translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <source>%1 = %2</source>
        <extracomment>A custom field of a row as it would be sent: its name, then its value</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Row %1 (line %2 of the file) can be sent.</source>
        <translation>La fila %1 (línea %2 del archivo) se puede enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2 of the file) has %n problem(s) and will not be sent.</source>
        <translation>
            <numerusform>La fila %1 (línea %2 del archivo) tiene %n problema y no se enviará.</numerusform>
            <numerusform>La fila %1 (línea %2 del archivo) tiene %n problemas y no se enviará.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column of the check: the row&apos;s number among the rows of the file</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Case id</source>
        <extracomment>Column of the check: the wolkvox-id of the case the row corrects</extracomment>
        <translation>Id del caso</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the check: the status the row sends</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column of the check: the priority the row sends</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <extracomment>Column of the check: the responsible the row sends</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Case type</source>
        <extracomment>Column of the check: the case type the row sends</extracomment>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Solution</source>
        <extracomment>Column of the check: the solution the row sends</extracomment>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <extracomment>Column of the check: the custom fields the row sends</extracomment>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Column of the check: the files the row attaches</extracomment>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Column of the check: why the row cannot be sent</extracomment>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>Deletes the profile and its saved token</extracomment>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nombre del nuevo perfil:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved token?</source>
        <translation>¿Eliminar el perfil “%1” y su token guardado?</translation>
    </message>
    <message>
        <source>Its server, operation, settings and form defaults will be deleted; the history of its updates stays.</source>
        <translation>Se eliminarán su servidor, operación, configuración y valores predeterminados del formulario; el historial de sus actualizaciones se conserva.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the token of each imported profile to use it.</source>
        <translation>Ingrese el token de cada perfil importado para usarlo.</translation>
    </message>
    <message>
        <source>No profile was imported</source>
        <translation>No se importó ningún perfil</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s)</source>
        <translation>
            <numerusform>Se importó %n perfil</numerusform>
            <numerusform>Se importaron %n perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s), with remarks</source>
        <translation>
            <numerusform>Se importó %n perfil, con observaciones</numerusform>
            <numerusform>Se importaron %n perfiles, con observaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s)</source>
        <translation>
            <numerusform>Se exportó %n perfil</numerusform>
            <numerusform>Se exportaron %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1, without tokens.</source>
        <translation>Se guardaron en %1, sin tokens.</translation>
    </message>
    <message>
        <source>The profiles could not be exported</source>
        <translation>No se pudieron exportar los perfiles</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The connection profiles in %1 cannot be read: %2</source>
        <translation>No se pueden leer los perfiles de conexión de %1: %2</translation>
    </message>
    <message>
        <source>The connection profiles in %1 are damaged; they were not loaded.</source>
        <translation>Los perfiles de conexión de %1 están dañados; no se cargaron.</translation>
    </message>
    <message>
        <source>The connection profiles could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los perfiles de conexión en %1: %2</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Name of the connection profile Casedesk creates on first start; shown until the user renames it</extracomment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The profiles could not be exported to %1: %2</source>
        <translation>No se pudieron exportar los perfiles a %1: %2</translation>
    </message>
    <message>
        <source>This is not a profiles file: %1 (at byte %2).</source>
        <translation>Este no es un archivo de perfiles: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>This is not a Casedesk profiles file.</source>
        <translation>Este no es un archivo de perfiles de Casedesk.</translation>
    </message>
    <message>
        <source>These profiles were exported by a newer version of Casedesk.</source>
        <translation>Estos perfiles se exportaron con una versión más reciente de Casedesk.</translation>
    </message>
    <message>
        <source>“profiles” must be a list.</source>
        <translation>“profiles” debe ser una lista.</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>El archivo no contiene perfiles.</translation>
    </message>
    <message>
        <source>An entry that is not a profile was skipped.</source>
        <translation>Se omitió una entrada que no es un perfil.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; the imported one is called “%2”.</source>
        <translation>Ya existe un perfil llamado “%1”; el importado se llama “%2”.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Los tokens se conservan en memoria solo durante esta sesión; después de reiniciar habrá que ingresarlos de nuevo.</translation>
    </message>
    <message>
        <source>No keychain service is available (%1), so tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>No hay ningún servicio de llavero del sistema disponible (%1), así que los tokens se conservan en memoria solo durante esta sesión; después de reiniciar habrá que ingresarlos de nuevo.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero del sistema denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>No se pudo leer el token del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store the token (%1); it is kept for this session only.</source>
        <translation>El llavero del sistema no permitió guardar el token (%1); se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>No se pudo eliminar el token del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>SendGuard</name>
    <message>
        <source>Send the same update again?</source>
        <translation>¿Enviar de nuevo la misma actualización?</translation>
    </message>
    <message>
        <source>Case %1 was already updated with exactly these values at %2.</source>
        <extracomment>%1 is the wolkvox-id, %2 the date and time of the earlier update</extracomment>
        <translation>El caso %1 ya se actualizó con estos mismos valores el %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sending it again costs a call of the daily quota and uploads its %n file(s) again.</source>
        <translation>
            <numerusform>Enviarla de nuevo cuesta una petición del cupo diario y vuelve a enviar %n archivo.</numerusform>
            <numerusform>Enviarla de nuevo cuesta una petición del cupo diario y vuelve a enviar sus %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending it again costs a call of the daily quota and changes nothing in the case.</source>
        <translation>Enviarla de nuevo cuesta una petición del cupo diario y no cambia nada en el caso.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Reenviar</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>How the update will be sent</source>
        <translation>Cómo se enviará la actualización</translation>
    </message>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problemas por corregir antes de enviar</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Update case</source>
        <translation>Actualizar caso</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Listo para enviar.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Falta completar: %1.</translation>
    </message>
    <message>
        <source>Send the update to the CRM (%1)</source>
        <translation>Enviar la actualización al CRM (%1)</translation>
    </message>
    <message>
        <source>Fix these first:
%1</source>
        <translation>Corrija esto primero:
%1</translation>
    </message>
    <message>
        <source>Waiting for a free connection…</source>
        <translation>Esperando una conexión libre…</translation>
    </message>
    <message>
        <source>Update %1 of %2: connecting…</source>
        <translation>Actualización %1 de %2: conectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s</source>
        <translation>%1 de %2 · %3/s</translation>
    </message>
    <message>
        <source>%1 sent · waiting for the CRM&apos;s answer…</source>
        <translation>%1 enviados · esperando la respuesta del CRM…</translation>
    </message>
    <message>
        <source>Update %1 of %2: %3</source>
        <extracomment>%1 and %2 count the updates of one case sent one file at a time; %3 is the progress of this one</extracomment>
        <translation>Actualización %1 de %2: %3</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>Lo que cambia la actualización</translation>
    </message>
    <message>
        <source>Stop the upload (%1)</source>
        <extracomment>%1 is the key that does the same (Esc), as the system names it</extracomment>
        <translation>Detener el envío (%1)</translation>
    </message>
    <message>
        <source>No change yet: the form holds the case as it was loaded.</source>
        <translation>Todavía no hay cambios: el formulario tiene el caso tal como se cargó.</translation>
    </message>
    <message>
        <source>Will change: %1</source>
        <translation>Cambiará: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the CRM server, for example crm0001.wolkvox.com.</source>
        <translation>Ingrese el servidor del CRM; por ejemplo, crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>La dirección del servidor no debe incluir usuario ni contraseña.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Copy the host name from the CRM&apos;s address bar, for example crm0001.wolkvox.com.</source>
        <translation>“%1” no es una dirección de servidor. Copie el nombre del host de la barra de direcciones del CRM; por ejemplo, crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>Plain HTTP would expose the token; Casedesk always uses HTTPS for %1.</source>
        <translation>HTTP sin cifrar expondría el token; Casedesk siempre usa HTTPS para %1.</translation>
    </message>
    <message>
        <source>%1 was switched off by the vendor on %3; using its replacement %2.</source>
        <extracomment>%3 is a date, written in the user&apos;s language</extracomment>
        <translation>El proveedor desactivó %1 el %3; se usará su reemplazo, %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Casedesk Settings</source>
        <translation>Configuración de Casedesk</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>A transfer with no progress for this long is abandoned. Keep it above the CRM&apos;s usual answer time.</source>
        <translation>Si una transferencia pasa este tiempo sin avanzar, se abandona. Manténgalo por encima del tiempo de respuesta habitual del CRM.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attachment &amp;part name:</source>
        <translation>&amp;Nombre del campo de adjuntos:</translation>
    </message>
    <message>
        <source>Attachment part name</source>
        <translation>Nombre del campo de adjuntos</translation>
    </message>
    <message>
        <source>The form-data name of each attached file. The vendor&apos;s pages use file, files and file[]; ask your CRM administrator which one your server keeps.</source>
        <translation>Nombre form-data con el que se envía cada archivo adjunto. Las páginas del proveedor usan file, files y file[]; consulte al administrador del CRM cuál acepta su servidor.</translation>
    </message>
    <message>
        <source>Closed statuses, separated by commas</source>
        <translation>Estados cerrados, separados por comas</translation>
    </message>
    <message>
        <source>Statuses that close a case, separated by commas. A closed status needs a solution before Casedesk sends the update.</source>
        <translation>Estados que cierran un caso, separados por comas. Con un estado cerrado, Casedesk exige una solución antes de enviar la actualización.</translation>
    </message>
    <message>
        <source>&amp;Allowed file types:</source>
        <translation>Tipos de archivo &amp;permitidos:</translation>
    </message>
    <message>
        <source>Allowed file extensions, separated by commas</source>
        <translation>Extensiones de archivo permitidas, separadas por comas</translation>
    </message>
    <message>
        <source>File extensions the CRM accepts, separated by commas (the vendor&apos;s list by default).</source>
        <translation>Extensiones de archivo que acepta el CRM, separadas por comas (de forma predeterminada, la lista del proveedor).</translation>
    </message>
    <message>
        <source>&amp;Maximum file size:</source>
        <translation>Tamaño &amp;máximo de archivo:</translation>
    </message>
    <message>
        <source>Maximum file size in mebibytes</source>
        <translation>Tamaño máximo de archivo en mebibytes</translation>
    </message>
    <message>
        <source>Larger attachments are flagged before sending. The vendor publishes no limit.</source>
        <translation>Los adjuntos más grandes se señalan antes de enviar. El proveedor no publica ningún límite.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Closed stat&amp;uses:</source>
        <translation>&amp;Estados cerrados:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The window switches at once; the system&apos;s language is used when nothing is chosen.</source>
        <translation>La ventana cambia de idioma al instante; si no se elige ninguno, se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>These settings belong to the current connection profile. The token is not among them: it is kept in the system keychain, or only until Casedesk closes when no keychain is available.</source>
        <translation>Esta configuración pertenece al perfil de conexión actual. El token no forma parte de ella: se guarda en el llavero del sistema o, si no hay llavero disponible, solo hasta que se cierre Casedesk.</translation>
    </message>
    <message>
        <source>New cases of this profile start with</source>
        <translation>Los casos nuevos de este perfil empiezan con</translation>
    </message>
    <message>
        <source>Default case t&amp;ype:</source>
        <translation>Tip&amp;o de caso predeterminado:</translation>
    </message>
    <message>
        <source>Default case type</source>
        <translation>Tipo de caso predeterminado</translation>
    </message>
    <message>
        <source>Filled into an empty case type when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Se usa si el tipo de caso está vacío al elegir el perfil o al empezar un caso nuevo; déjelo vacío para no usar ninguno</translation>
    </message>
    <message>
        <source>Default &amp;status:</source>
        <translation>E&amp;stado predeterminado:</translation>
    </message>
    <message>
        <source>Default status</source>
        <translation>Estado predeterminado</translation>
    </message>
    <message>
        <source>Filled into an empty status when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Se usa si el estado está vacío al elegir el perfil o al empezar un caso nuevo; déjelo vacío para no usar ninguno</translation>
    </message>
    <message>
        <source>Default p&amp;riority:</source>
        <translation>P&amp;rioridad predeterminada:</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>Prioridad predeterminada</translation>
    </message>
    <message>
        <source>Filled into an empty priority when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Se usa si la prioridad está vacía al elegir el perfil o al empezar un caso nuevo; déjela vacía para no usar ninguna</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Paquete de &amp;CA:</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Archivo del paquete de CA</translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s certificate authorities, for a CRM server whose certificate they issued. They are trusted in addition to the system&apos;s; certificate errors are never ignored.</source>
        <translation>Un archivo PEM con las autoridades de certificación de su empresa, para un servidor del CRM cuyo certificado hayan emitido. Se confía en ellas además de en las del sistema; los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Ninguno: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Seleccionar el archivo del paquete de CA</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) trusted in addition to the system&apos;s.</source>
        <translation>
            <numerusform>%n certificado de confianza además de los del sistema.</numerusform>
            <numerusform>%n certificados de confianza además de los del sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Seleccione un paquete de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Chec&amp;k a loaded case again just before sending</source>
        <translation>&amp;Volver a revisar un caso cargado justo antes de enviar</translation>
    </message>
    <message>
        <source>Check a loaded case again before sending</source>
        <translation>Volver a revisar un caso cargado antes de enviar</translation>
    </message>
    <message>
        <source>Before updating a case loaded from the CRM, Casedesk reads it again and shows what someone else changed since, so their change is not overwritten by accident. Each check costs one call of the daily quota.</source>
        <translation>Antes de actualizar un caso cargado desde el CRM, Casedesk lo vuelve a leer y muestra lo que otra persona cambió desde entonces, para no sobrescribir ese cambio por accidente. Cada revisión cuesta una petición del cupo diario.</translation>
    </message>
    <message>
        <source>Advanced: for integrators</source>
        <translation>Avanzado: para integradores</translation>
    </message>
    <message>
        <source>Se&amp;veral attachments:</source>
        <translation>Varios a&amp;djuntos:</translation>
    </message>
    <message>
        <source>How several attachments are sent</source>
        <translation>Cómo se envían varios adjuntos</translation>
    </message>
    <message>
        <source>What the chosen way of sending costs</source>
        <translation>Lo que cuesta la forma de envío elegida</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>How several attachments of one update are sent; the part names stay in English</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>One update per file</source>
        <extracomment>How several attachments of one update are sent</extracomment>
        <translation>Una actualización por archivo</translation>
    </message>
    <message>
        <source>All files in one request</source>
        <extracomment>How several attachments of one update are sent</extracomment>
        <translation>Todos los archivos en una petición</translation>
    </message>
    <message>
        <source>With the part name “%1” every file goes in one request: one call of the daily quota per update.</source>
        <translation>Con el campo de adjuntos “%1”, todos los archivos van en una petición: una petición del cupo diario por actualización.</translation>
    </message>
    <message>
        <source>With the part name “%1” the CRM keeps only the last file of a request, so each file goes in an update of its own: one call of the daily quota per file.</source>
        <translation>Con el campo de adjuntos “%1”, el CRM guarda solo el último archivo de una petición, así que cada archivo va en una actualización propia: una petición del cupo diario por archivo.</translation>
    </message>
    <message>
        <source>The same fields are sent once per file, so every file arrives whatever the part name: one call of the daily quota per file.</source>
        <translation>Los mismos campos se envían una vez por archivo, así que todos los archivos llegan sea cual sea el campo de adjuntos: una petición del cupo diario por archivo.</translation>
    </message>
    <message>
        <source>Every file goes in one request: one call of the daily quota per update.</source>
        <translation>Todos los archivos van en una petición: una petición del cupo diario por actualización.</translation>
    </message>
    <message>
        <source>Every file goes in one request, but under the part name “%1” the CRM keeps only the last one: the others are lost. One call of the daily quota per update.</source>
        <translation>Todos los archivos van en una petición, pero con el campo de adjuntos “%1” el CRM guarda solo el último: los demás se pierden. Una petición del cupo diario por actualización.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each key does what its button or menu item does. Alt and the letter underlined in a label go to that field; no Alt combination sends an update or uses a call of the CRM&apos;s daily quota.</source>
        <translation>Cada tecla hace lo mismo que su botón o elemento de menú. Alt y la letra subrayada de una etiqueta llevan a ese campo; ninguna combinación con Alt envía una actualización ni usa una petición del cupo diario del CRM.</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Heading of the column of key combinations in Help → Keyboard shortcuts</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Heading of the column that says what each key combination does</extracomment>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Main window</source>
        <extracomment>A group of Help → Keyboard shortcuts: the keys of the main window</extracomment>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>Send the update to the CRM</source>
        <translation>Enviar la actualización al CRM</translation>
    </message>
    <message>
        <source>Cancel the upload in progress</source>
        <translation>Cancelar el envío en curso</translation>
    </message>
    <message>
        <source>Start a new case; the connection stays</source>
        <translation>Empezar un caso nuevo; la conexión se mantiene</translation>
    </message>
    <message>
        <source>Load the case of the wolkvox-id or case number from the CRM (uses one call of the daily quota)</source>
        <translation>Cargar desde el CRM el caso del wolkvox-id o del número de caso (usa una petición del cupo diario)</translation>
    </message>
    <message>
        <source>Load the attempt selected in the history into the form</source>
        <translation>Cargar en el formulario el intento seleccionado en el historial</translation>
    </message>
    <message>
        <source>Test the connection (uses one call of the daily quota)</source>
        <translation>Probar la conexión (usa una petición del cupo diario)</translation>
    </message>
    <message>
        <source>Open bulk correction</source>
        <extracomment>In Help → Keyboard shortcuts: opens the bulk-correction window</extracomment>
        <translation>Abrir corrección masiva</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <extracomment>In Help → Keyboard shortcuts: opens the Settings dialog</extracomment>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <extracomment>In Help → Keyboard shortcuts: opens this list</extracomment>
        <translation>Mostrar estos atajos de teclado</translation>
    </message>
    <message>
        <source>Quit Casedesk</source>
        <extracomment>In Help → Keyboard shortcuts: closes the window and the application</extracomment>
        <translation>Salir de Casedesk</translation>
    </message>
    <message>
        <source>%1 + underlined letter</source>
        <extracomment>Keys in Help → Keyboard shortcuts; %1 is the Alt key as the system names it</extracomment>
        <translation>%1 + letra subrayada</translation>
    </message>
    <message>
        <source>Go to the next field, or the previous one</source>
        <translation>Ir al campo siguiente o al anterior</translation>
    </message>
    <message>
        <source>Custom fields, while the table has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the custom fields table has the focus</extracomment>
        <translation>Campos personalizados, cuando la tabla tiene el foco</translation>
    </message>
    <message>
        <source>Add a field</source>
        <extracomment>In Help → Keyboard shortcuts: adds an empty row to the custom fields table</extracomment>
        <translation>Agregar un campo</translation>
    </message>
    <message>
        <source>Duplicate the selected field</source>
        <translation>Duplicar el campo seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation>Quitar los campos seleccionados</translation>
    </message>
    <message>
        <source>Move the selected field up</source>
        <translation>Subir el campo seleccionado</translation>
    </message>
    <message>
        <source>Move the selected field down</source>
        <translation>Bajar el campo seleccionado</translation>
    </message>
    <message>
        <source>Paste fields copied from a spreadsheet or a JSON object</source>
        <translation>Pegar campos copiados de una hoja de cálculo o de un objeto JSON</translation>
    </message>
    <message>
        <source>Attachments, while the list has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the list of attachments has the focus</extracomment>
        <translation>Adjuntos, cuando la lista tiene el foco</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Seleccionar archivos para adjuntar</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <source>History, while the list has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the history list has the focus</extracomment>
        <translation>Historial, cuando la lista tiene el foco</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s details, without the token</source>
        <translation>Copiar los detalles del intento seleccionado, sin el token</translation>
    </message>
    <message>
        <source>Load the selected attempt into the form</source>
        <translation>Cargar el intento seleccionado en el formulario</translation>
    </message>
    <message>
        <source>Bulk correction window</source>
        <extracomment>A group of Help → Keyboard shortcuts: the keys of the bulk-correction window</extracomment>
        <translation>Ventana de corrección masiva</translation>
    </message>
    <message>
        <source>Open a CSV file (Source step)</source>
        <translation>Abrir un archivo CSV (paso Origen)</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Source step)</source>
        <translation>Pegar filas copiadas de una hoja de cálculo (paso Origen)</translation>
    </message>
    <message>
        <source>Read the file again after fixing it (Check step)</source>
        <translation>Volver a leer el archivo después de corregirlo (paso Revisión)</translation>
    </message>
    <message>
        <source>Copy the results (Results step)</source>
        <translation>Copiar los resultados (paso Resultados)</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <extracomment>In Help → Keyboard shortcuts: one of the five steps of a bulk correction (Source … Results)</extracomment>
        <translation>Ir a un paso</translation>
    </message>
    <message>
        <source>Close the window; while rows are being sent it asks first</source>
        <translation>Cerrar la ventana; si se están enviando filas, primero pregunta</translation>
    </message>
    <message>
        <source>Stop waiting for a large file being read</source>
        <translation>Dejar de esperar un archivo grande que se está leyendo</translation>
    </message>
    <message>
        <source>Go to a label&apos;s field, or press a button, by its underlined letter</source>
        <translation>Ir al campo de una etiqueta o presionar un botón mediante su letra subrayada</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show a case as the CRM has it now (cases/queryCases.php). This costs one call of the token&apos;s daily quota.

With --id, standard output is one JSON object: the case, with wolkvox_id, case_number, case_type, responsible, status, priority, solution (null when the CRM&apos;s answer lacks them), custom_fields ([{&quot;name&quot;,&quot;value&quot;}] in the CRM&apos;s order) and raw (the CRM&apos;s object as it came).
With --case-number it is a JSON array of such objects, since several cases can share a number.
When no case matches, it is {&quot;outcome&quot;:&quot;not_found&quot;,...} and the exit code is 1; on other failures the same object as update prints.

Exit codes: 0 found, 1 no such case or refused by the CRM, 2 invalid input (nothing was sent), 3 network failure, timeout, TLS failure or an unreadable answer.</source>
        <translation>Muestra un caso tal como lo tiene ahora el CRM (cases/queryCases.php). Esto cuesta una petición del cupo diario del token.

Con --id, la salida estándar es un objeto JSON: el caso, con wolkvox_id, case_number, case_type, responsible, status, priority, solution (null cuando la respuesta del CRM no los incluye), custom_fields ([{&quot;name&quot;,&quot;value&quot;}] en el orden del CRM) y raw (el objeto del CRM tal como llegó).
Con --case-number es un arreglo JSON de esos objetos, ya que varios casos pueden compartir un número.
Cuando ningún caso coincide, es {&quot;outcome&quot;:&quot;not_found&quot;,...} y el código de salida es 1; en otras fallas, el mismo objeto que imprime update.

Códigos de salida: 0 encontrado, 1 no existe el caso o el CRM lo rechazó, 2 entrada no válida (no se envió nada), 3 falla de red, sin respuesta a tiempo, falla de TLS o respuesta ilegible.</translation>
    </message>
    <message>
        <source>The case&apos;s wolkvox-id.</source>
        <translation>El wolkvox-id del caso.</translation>
    </message>
    <message>
        <source>The case number the agents see (the CRM&apos;s idCase).</source>
        <translation>El número de caso que ven los agentes (el idCase del CRM).</translation>
    </message>
    <message>
        <source>Give either --id or --case-number.</source>
        <translation>Indique --id o --case-number.</translation>
    </message>
    <message>
        <source>--id needs the case&apos;s wolkvox-id.</source>
        <translation>--id necesita el wolkvox-id del caso.</translation>
    </message>
    <message>
        <source>--case-number needs a number.</source>
        <translation>--case-number necesita un número.</translation>
    </message>
    <message>
        <source>A wolkvox-id contains no spaces.</source>
        <translation>Un wolkvox-id no contiene espacios.</translation>
    </message>
    <message>
        <source>Pass --id with one of their wolkvox-ids to work on one of them.</source>
        <translation>Para trabajar con uno de ellos, use --id con su wolkvox-id.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>There is no private runtime folder for the socket.</source>
        <translation>No hay una carpeta privada de ejecución para el socket.</translation>
    </message>
    <message>
        <source>Another Casedesk was starting at the same time.</source>
        <translation>Otro Casedesk se estaba iniciando al mismo tiempo.</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Enter the operation (the CRM&apos;s tenant name).</source>
        <translation>Ingrese la operación (el nombre de la instancia del CRM).</translation>
    </message>
    <message>
        <source>Enter the case&apos;s wolkvox-id.</source>
        <translation>Ingrese el wolkvox-id del caso.</translation>
    </message>
    <message>
        <source>Choose a case type.</source>
        <translation>Seleccione un tipo de caso.</translation>
    </message>
    <message>
        <source>Enter the responsible user (user@operation).</source>
        <translation>Ingrese el usuario responsable (usuario@operación).</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Seleccione un estado.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Seleccione una prioridad.</translation>
    </message>
    <message>
        <source>A wolkvox-id contains no spaces.</source>
        <translation>Un wolkvox-id no contiene espacios.</translation>
    </message>
    <message>
        <source>The responsible must be a wolkvox e-mail shaped user@operation, not “%1”.</source>
        <translation>El responsable debe ser un correo wolkvox con la forma usuario@operación, no “%1”.</translation>
    </message>
    <message>
        <source>The status “%1” closes the case: describe the solution.</source>
        <translation>El estado “%1” cierra el caso: describa la solución.</translation>
    </message>
    <message>
        <source>Custom field %1 has no name.</source>
        <translation>El campo personalizado %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>The custom field “%1” appears more than once.</source>
        <translation>El campo personalizado “%1” aparece más de una vez.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” no es un archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no file extension; the CRM accepts only %2.</source>
        <translation>“%1” no tiene extensión; el CRM solo acepta %2.</translation>
    </message>
    <message>
        <source>The CRM does not accept .%1 files (“%2”); it accepts only %3.</source>
        <translation>El CRM no acepta archivos .%1 (“%2”); solo acepta %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; the limit is %3.</source>
        <translation>“%1” pesa %2; el límite es %3.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes). Attach the complete file.</source>
        <translation>“%1” está vacío (0 bytes). Adjunte el archivo completo.</translation>
    </message>
</context>
<context>
    <name>VocabularyActions</name>
    <message>
        <source>&amp;Import value lists…</source>
        <translation>&amp;Importar listas de valores…</translation>
    </message>
    <message>
        <source>Add the case types, statuses, priorities and users of a team&apos;s file (CSV or JSON) to the lists the form offers</source>
        <translation>Agregar a las listas que ofrece el formulario los tipos de caso, estados, prioridades y usuarios de un archivo del equipo (CSV o JSON)</translation>
    </message>
    <message>
        <source>E&amp;xport value lists…</source>
        <translation>E&amp;xportar listas de valores…</translation>
    </message>
    <message>
        <source>Save what Casedesk learned of each operation&apos;s values to a CSV or JSON file for the team</source>
        <translation>Guardar en un archivo CSV o JSON, para el equipo, lo que Casedesk aprendió de los valores de cada operación</translation>
    </message>
    <message>
        <source>The status clo&amp;ses the case</source>
        <extracomment>Case menu item, disabled until a case type and a status are chosen</extracomment>
        <translation>El estado ci&amp;erra el caso</translation>
    </message>
    <message>
        <source>“%1” clo&amp;ses cases of type “%2”</source>
        <extracomment>Case menu item, checked when the status needs a solution; %1 the status, %2 the case type</extracomment>
        <translation>“%1” ci&amp;erra los casos de tipo “%2”</translation>
    </message>
    <message>
        <source>Checked: the status closes the case, so an update with it needs a solution. Casedesk learns this from the CRM&apos;s answers; set it here when it knows better.</source>
        <translation>Marcado: el estado cierra el caso, así que una actualización con él requiere una solución. Casedesk lo aprende de las respuestas del CRM; ajústelo aquí si tiene información más precisa.</translation>
    </message>
    <message>
        <source>The value lists could not be changed</source>
        <translation>No se pudieron cambiar las listas de valores</translation>
    </message>
    <message>
        <source>Import value lists</source>
        <translation>Importar listas de valores</translation>
    </message>
    <message>
        <source>Value lists (*.csv *.json)</source>
        <translation>Listas de valores (*.csv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>No se importó nada de %1</translation>
    </message>
    <message>
        <source>The history file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de historial: %1</translation>
    </message>
    <message>
        <source>Value lists imported from %1</source>
        <translation>Listas de valores importadas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s) added.</source>
        <translation>
            <numerusform>Se agregó %n valor nuevo.</numerusform>
            <numerusform>Se agregaron %n valores nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known value(s) brought up to date.</source>
        <translation>
            <numerusform>Se actualizó %n valor conocido.</numerusform>
            <numerusform>Se actualizaron %n valores conocidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export value lists</source>
        <translation>Exportar listas de valores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The value lists could not be saved to %1</source>
        <translation>No se pudieron guardar las listas de valores en %1</translation>
    </message>
    <message>
        <source>Value lists exported</source>
        <translation>Listas de valores exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved to %1.</source>
        <translation>
            <numerusform>Se guardó %n valor en %1.</numerusform>
            <numerusform>Se guardaron %n valores en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyFile</name>
    <message>
        <source>%1: only a status can be open or closed.</source>
        <translation>%1: solo un estado puede ser abierto o cerrado.</translation>
    </message>
    <message>
        <source>%1: the same value is listed twice.</source>
        <translation>%1: el mismo valor aparece dos veces.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a column of a vocabulary file (the columns are %3).</source>
        <translation>Línea %1: “%2” no es una columna de un archivo de vocabulario (las columnas son %3).</translation>
    </message>
    <message>
        <source>Line %1: the column “%2” appears twice.</source>
        <translation>Línea %1: la columna “%2” aparece dos veces.</translation>
    </message>
    <message>
        <source>The file has no “%1” column.</source>
        <translation>El archivo no tiene la columna “%1”.</translation>
    </message>
    <message>
        <source>The file has %1 rows; a vocabulary file holds at most %2.</source>
        <translation>El archivo tiene %1 filas; un archivo de vocabulario contiene como máximo %2.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>%1: the kind “%2” is not one of case_type, status, priority, responsible.</source>
        <translation>%1: el tipo “%2” no es ninguno de case_type, status, priority, responsible.</translation>
    </message>
    <message>
        <source>%1: the use count “%2” is not a whole number from 0 to %3.</source>
        <translation>%1: el número de usos “%2” no es un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>%1: the time “%2” is not a number of milliseconds.</source>
        <translation>%1: el tiempo “%2” no es un número de milisegundos.</translation>
    </message>
    <message>
        <source>%1: refused and closed_by_hand take yes or no.</source>
        <translation>%1: refused y closed_by_hand admiten yes o no.</translation>
    </message>
    <message>
        <source>%1: closed takes “open”, “closed” or nothing, not “%2”.</source>
        <translation>%1: closed admite “open”, “closed” o nada, no “%2”.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1, at byte %2).</source>
        <translation>El archivo no es JSON válido (%1, en el byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Casedesk vocabulary (its “format” is not “%1”).</source>
        <translation>El archivo no es un vocabulario de Casedesk (su “format” no es “%1”).</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is not a version number.</source>
        <translation>La “version” del archivo no es un número de versión.</translation>
    </message>
    <message>
        <source>The file was written by a newer Casedesk (vocabulary version %1; this one reads version %2). Update Casedesk to import it.</source>
        <translation>El archivo lo escribió un Casedesk más reciente (versión de vocabulario %1; este lee la versión %2). Actualice Casedesk para importarlo.</translation>
    </message>
    <message>
        <source>The file has no “entries” list.</source>
        <translation>El archivo no tiene una lista “entries”.</translation>
    </message>
    <message>
        <source>The file has %1 entries; a vocabulary file holds at most %2.</source>
        <translation>El archivo tiene %1 entradas; un archivo de vocabulario contiene como máximo %2.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field of a vocabulary entry.</source>
        <translation>%1: “%2” no es un campo de una entrada de vocabulario.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a text.</source>
        <translation>%1: “%2” debe ser un texto.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 to %3.</source>
        <translation>%1: “%2” debe ser un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1: “%2” debe ser true o false.</translation>
    </message>
    <message>
        <source>%1: the kind is not one of case_type, status, priority, responsible.</source>
        <translation>%1: el tipo no es ninguno de case_type, status, priority, responsible.</translation>
    </message>
    <message>
        <source>%1: “closed” must be true, false or null.</source>
        <translation>%1: “closed” debe ser true, false o null.</translation>
    </message>
    <message>
        <source>The file is larger than %1; a vocabulary file is far smaller.</source>
        <translation>El archivo supera %1; un archivo de vocabulario es mucho más pequeño.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: the operation is empty.</source>
        <translation>%1: la operación está vacía.</translation>
    </message>
    <message>
        <source>%1: the operation is longer than %2 characters.</source>
        <translation>%1: la operación tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the operation holds control or direction characters.</source>
        <translation>%1: la operación contiene caracteres de control o de dirección.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: el valor está vacío.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters.</source>
        <translation>%1: el valor tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the value holds control or direction characters.</source>
        <translation>%1: el valor contiene caracteres de control o de dirección.</translation>
    </message>
    <message>
        <source>%1: the case type is empty.</source>
        <translation>%1: el tipo de caso está vacío.</translation>
    </message>
    <message>
        <source>%1: the case type is longer than %2 characters.</source>
        <translation>%1: el tipo de caso tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the case type holds control or direction characters.</source>
        <translation>%1: el tipo de caso contiene caracteres de control o de dirección.</translation>
    </message>
    <message>
        <source>%1: a case type belongs to no other case type; leave case_type empty.</source>
        <translation>%1: un tipo de caso no pertenece a otro tipo de caso; deje case_type vacío.</translation>
    </message>
    <message>
        <source>%1: a responsible person belongs to no case type; leave case_type empty.</source>
        <translation>%1: un responsable no pertenece a ningún tipo de caso; deje case_type vacío.</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <source>The history file is not open, so what Casedesk learns cannot be kept.</source>
        <translation>El archivo de historial no está abierto, así que no se puede conservar lo que Casedesk aprende.</translation>
    </message>
    <message>
        <source>Name the operation, the case type and the status.</source>
        <translation>Indique la operación, el tipo de caso y el estado.</translation>
    </message>
    <message>
        <source>An entry has no operation, value or case type.</source>
        <translation>Una entrada no tiene operación, valor o tipo de caso.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Correct wolkvox CRM cases. The token is read from WOLKVOX_TOKEN or typed in the window; never pass it on the command line.</source>
        <translation>Corrige casos del CRM wolkvox. El token se lee de WOLKVOX_TOKEN o se escribe en la ventana; nunca lo pase en la línea de comandos.</translation>
    </message>
    <message>
        <source>CRM server to connect to.</source>
        <translation>Servidor del CRM al que conectarse.</translation>
    </message>
    <message>
        <source>CRM operation.</source>
        <translation>Operación del CRM.</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the language chosen in Settings, or the system&apos;s).</source>
        <translation>Idioma de la ventana: %1 (predeterminado: el idioma elegido en Configuración o el del sistema).</translation>
    </message>
    <message>
        <source>Files to attach to the case. When Casedesk is already running, its window comes to the front and attaches them.</source>
        <translation>Archivos para adjuntar al caso. Si Casedesk ya está abierto, su ventana pasa al frente y los adjunta.</translation>
    </message>
    <message>
        <source>Casedesk</source>
        <translation>Casedesk</translation>
    </message>
    <message>
        <source>Casedesk is already running but does not respond. Close it, or end it from the system monitor, and start Casedesk again.</source>
        <translation>Casedesk ya está abierto pero no responde. Ciérrelo, o finalícelo desde el monitor del sistema, e inicie Casedesk de nuevo.</translation>
    </message>
</context>
</TS>
