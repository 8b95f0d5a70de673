<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Casedesk</source>
        <translation>Sobre o Casedesk</translation>
    </message>
    <message>
        <source>Correct wolkvox CRM cases from the desktop: status, priority, responsible person, solution, custom fields and attachments.</source>
        <translation>Corrija casos do CRM wolkvox direto do seu computador: status, prioridade, responsável, solução, campos personalizados e anexos.</translation>
    </message>
    <message>
        <source>Casedesk %1 with Qt %2 (built with Qt %3) on %4</source>
        <translation>Casedesk %1 com Qt %2 (compilado com Qt %3) em %4</translation>
    </message>
    <message>
        <source>Casedesk %1</source>
        <translation>Casedesk %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com Qt %2)</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Casedesk authors. Casedesk is free software under the &lt;a href=&quot;%1&quot;&gt;MIT licence&lt;/a&gt;.</source>
        <translation>Copyright © 2026 Os autores do Casedesk. O Casedesk é software livre sob a &lt;a href=&quot;%1&quot;&gt;licença MIT&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Project page and bug reports</source>
        <translation>Página do projeto e relatórios de erros</translation>
    </message>
    <message>
        <source>How Casedesk uses the wolkvox cases API</source>
        <translation>Como o Casedesk usa a API de casos do wolkvox</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copiar informações de versão</translation>
    </message>
    <message>
        <source>For a support request: Casedesk&apos;s, Qt&apos;s and the system&apos;s versions</source>
        <translation>Para um pedido de suporte: as versões do Casedesk, do Qt e do sistema</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>the network connection was closed before sending</source>
        <translation>a conexão de rede foi fechada antes do envio</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Rejected by the CRM</source>
        <translation>Rejeitado pelo CRM</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Falha de rede</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Resposta ilegível</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>The CRM updated the case.</source>
        <translation>O CRM atualizou o caso.</translation>
    </message>
    <message>
        <source>The CRM updated the case %1.</source>
        <translation>O CRM atualizou o caso %1.</translation>
    </message>
    <message>
        <source>You cancelled the update. The CRM may or may not have applied it; check the case before sending again.</source>
        <translation>A atualização foi cancelada. O CRM pode tê-la aplicado ou não; verifique o caso antes de enviá-la novamente.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so the transfer was abandoned. The update may or may not have been applied; check the case, then try again or raise the timeout in Settings.</source>
        <translation>O CRM parou de responder e a transferência foi abandonada. A atualização pode ter sido aplicada ou não; verifique o caso e tente novamente ou aumente o tempo limite em Configurações.</translation>
    </message>
    <message>
        <source>Nothing was sent: the update is not complete.</source>
        <translation>Nada foi enviado: a atualização está incompleta.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty page instead of the CRM&apos;s answer. The update may or may not have been applied; check the case.</source>
        <translation>O servidor respondeu HTTP %1 com uma página vazia em vez da resposta do CRM. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the CRM&apos;s answer; a proxy or the CRM itself is having trouble. Check the case, and try again later.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web em vez da resposta do CRM; um proxy ou o próprio CRM está com problemas. Verifique o caso e tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but the answer is incomplete or not in the CRM&apos;s format. The update may or may not have been applied; check the case.</source>
        <translation>O servidor respondeu HTTP %1, mas a resposta está incompleta ou fora do formato do CRM. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>The server tried to send the update to another address (%1). Casedesk does not follow it, so your token stays private. Check the server address.</source>
        <translation>O servidor tentou enviar a atualização para outro endereço (%1). O Casedesk não segue esse redirecionamento, para que o seu token continue protegido. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the server address, or try again in a moment.</source>
        <translation>O servidor recusou a conexão. Verifique o endereço do servidor ou tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address and your network.</source>
        <translation>O nome do servidor não foi encontrado. Verifique o endereço do servidor e a sua rede.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The update may or may not have been applied; check the case.</source>
        <translation>O servidor encerrou a conexão antes de responder. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>The network is unavailable. Check your connection and try again.</source>
        <translation>A rede não está disponível. Verifique a sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The CRM does not accept this token for the operation. Check that the token and the operation belong together, or ask your administrator for a new token.</source>
        <translation>O CRM não aceita este token para a operação. Confira se o token pertence a essa operação ou peça um token novo ao seu administrador.</translation>
    </message>
    <message>
        <source>This token has used all of today&apos;s calls. Wait until the count restarts, or ask your administrator to raise the limit.</source>
        <translation>Este token já usou todas as requisições de hoje. Aguarde a contagem reiniciar ou peça ao seu administrador para aumentar o limite.</translation>
    </message>
    <message>
        <source>The CRM allows only two requests at a time per token. Wait for the other update to finish and send again.</source>
        <translation>O CRM permite apenas duas requisições simultâneas por token. Aguarde a outra atualização terminar e envie novamente.</translation>
    </message>
    <message>
        <source>The CRM says required fields are missing. Check the operation, wolkvox-id, case type, responsible, status and priority.</source>
        <translation>O CRM informa que faltam campos obrigatórios. Verifique a operação, o wolkvox-id, o tipo de caso, o responsável, o status e a prioridade.</translation>
    </message>
    <message>
        <source>The server does not offer the cases API. Check the server address.</source>
        <translation>O servidor não oferece a API de casos. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API is switched off for a while (usually during backups). Try again later.</source>
        <translation>A API do CRM está desativada temporariamente (geralmente durante backups). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The CRM has no case with this wolkvox-id in the operation. Check the id.</source>
        <translation>O CRM não tem nenhum caso com este wolkvox-id na operação. Verifique o wolkvox-id.</translation>
    </message>
    <message>
        <source>The CRM rejected the update: %1</source>
        <translation>O CRM rejeitou a atualização: %1</translation>
    </message>
    <message>
        <source>The CRM received no token. Enter this operation&apos;s Wolkvox-Token and send again.</source>
        <translation>O CRM não recebeu nenhum token. Informe o Wolkvox-Token desta operação e envie novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so nothing shows that this server is the CRM. If your company runs it with its own certificate, choose that certificate as the CA bundle in Settings.</source>
        <translation>O certificado do servidor é autoassinado, então nada comprova que este servidor é o CRM. Se a sua empresa o administra com um certificado próprio, selecione esse certificado como pacote de CA em Configurações.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1; its administrators must renew it.</source>
        <translation>O certificado do servidor expirou em %1; os administradores do servidor precisam renová-lo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s date and time.</source>
        <translation>O certificado do servidor não é válido antes de %1; verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not name %1. Check the server address.</source>
        <translation>O certificado do servidor não inclui o nome %1. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2. Check the server address.</source>
        <translation>O certificado do servidor é para %1, não para %2. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust. If it is your company&apos;s own authority, choose its CA bundle in Settings.</source>
        <translation>O certificado do servidor vem de uma autoridade em que este computador não confia. Se for a autoridade própria da sua empresa, selecione o pacote de CA dela em Configurações.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by “%1”, an authority this computer does not trust. If it is your company&apos;s own authority, choose its CA bundle in Settings.</source>
        <translation>O certificado do servidor foi emitido por “%1”, uma autoridade em que este computador não confia. Se for a autoridade própria da sua empresa, selecione o pacote de CA dela em Configurações.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its authority.</source>
        <translation>O certificado do servidor foi revogado pela autoridade que o emitiu.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>O servidor não enviou nenhum certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1.</source>
        <translation>O certificado do servidor foi recusado: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was cut off; it is not the CRM&apos;s answer. The update may or may not have been applied; check the case.</source>
        <translation>A resposta do servidor passou de %1 e foi cortada; não é a resposta do CRM. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>Casedesk refused the server&apos;s certificate, so nothing was sent.</source>
        <translation>O Casedesk recusou o certificado do servidor, então nada foi enviado.</translation>
    </message>
    <message>
        <source>The connection to the server broke off before it answered. The update may or may not have been applied; check the case.</source>
        <translation>A conexão com o servidor caiu antes de ele responder. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>Updated, files missing</source>
        <extracomment>An outcome: the case was updated, but some of its attachments cannot have reached the CRM</extracomment>
        <translation>Atualizado, faltam arquivos</translation>
    </message>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with “One update per file” in Settings.</source>
        <translation>
            <numerusform>O CRM atualizou o caso, mas certamente não guardou %n dos arquivos: %1. Os arquivos foram juntos em uma só requisição, com um nome de campo que aceita só um arquivo. Envie-o de novo com “Uma atualização por arquivo” em Configurações.</numerusform>
            <numerusform>O CRM atualizou o caso, mas certamente não guardou %n dos arquivos: %1. Os arquivos foram juntos em uma só requisição, com um nome de campo que aceita só um arquivo. Envie-os de novo com “Uma atualização por arquivo” em Configurações.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server and Casedesk could not agree on a secure connection.</source>
        <translation>O servidor e o Casedesk não conseguiram negociar uma conexão segura.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. Check the server address; a company certificate authority goes in Settings.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o servidor, então nada foi enviado. Verifique o endereço do servidor; a autoridade certificadora da empresa é definida em Configurações.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy did not pass the update on. Check the proxy settings of this computer, or ask your IT team.</source>
        <translation>O proxy da rede não repassou a atualização. Verifique as configurações de proxy deste computador ou fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and the transfer failed. The update may or may not have been applied; check the case.</source>
        <translation>O servidor respondeu HTTP %1 e a transferência falhou. A atualização pode ter sido aplicada ou não; verifique o caso.</translation>
    </message>
    <message>
        <source>The update could not be delivered: the connection to the server failed. Check the server address and your network, then try again.</source>
        <translation>Não foi possível entregar a atualização: a conexão com o servidor falhou. Verifique o endereço do servidor e a sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>The CRM rejected the update with HTTP status %1 and code %2.</source>
        <translation>O CRM rejeitou a atualização com o status HTTP %1 e o código %2.</translation>
    </message>
    <message>
        <source>The CRM rejected the update with HTTP status %1, without a code.</source>
        <translation>O CRM rejeitou a atualização com o status HTTP %1, sem código.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so nothing shows that this server is the CRM. If your company runs it with its own certificate, pass that certificate with --ca-bundle.</source>
        <translation>O certificado do servidor é autoassinado, então nada comprova que este servidor é o CRM. Se a sua empresa o administra com um certificado próprio, indique esse certificado com --ca-bundle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an authority this computer does not trust. If it is your company&apos;s own authority, pass its CA bundle with --ca-bundle.</source>
        <translation>O certificado do servidor vem de uma autoridade em que este computador não confia. Se for a autoridade própria da sua empresa, indique o pacote de CA dela com --ca-bundle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by “%1”, an authority this computer does not trust. If it is your company&apos;s own authority, pass its CA bundle with --ca-bundle.</source>
        <translation>O certificado do servidor foi emitido por “%1”, uma autoridade em que este computador não confia. Se for a autoridade própria da sua empresa, indique o pacote de CA dela com --ca-bundle.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so the transfer was abandoned. The update may or may not have been applied; check the case, then try again or raise --timeout.</source>
        <translation>O CRM parou de responder e a transferência foi abandonada. A atualização pode ter sido aplicada ou não; verifique o caso e tente novamente ou aumente --timeout.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. Check the server address; a company certificate authority is passed with --ca-bundle.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o servidor, então nada foi enviado. Verifique o endereço do servidor; a autoridade certificadora da empresa é indicada com --ca-bundle.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM updated the case, but it cannot have kept %n of the files: %1. They went in one request under a part name that carries only one file. Send them again with --attachments one-per-file.</source>
        <translation>
            <numerusform>O CRM atualizou o caso, mas certamente não guardou %n dos arquivos: %1. Os arquivos foram juntos em uma só requisição, com um nome de campo que aceita só um arquivo. Envie-o de novo com --attachments one-per-file.</numerusform>
            <numerusform>O CRM atualizou o caso, mas certamente não guardou %n dos arquivos: %1. Os arquivos foram juntos em uma só requisição, com um nome de campo que aceita só um arquivo. Envie-os de novo com --attachments one-per-file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentDevice</name>
    <message>
        <source>the attachment “%1” could not be read while it was being sent (%2), so the upload was stopped.</source>
        <translation>não foi possível ler o anexo “%1” enquanto ele era enviado (%2), então o envio foi interrompido.</translation>
    </message>
    <message>
        <source>the attachment “%1” changed size while it was being sent (from %2 to %3), so the upload was stopped before the CRM received an incomplete copy. Wait until the file is complete, then send again.</source>
        <translation>o anexo “%1” mudou de tamanho enquanto era enviado (de %2 para %3), então o envio foi interrompido antes de o CRM receber uma cópia incompleta. Aguarde até o arquivo estar completo e envie novamente.</translation>
    </message>
    <message>
        <source>the attachment “%1” was modified while it was being sent, so the upload was stopped before the CRM received a mixed copy. Send again once nobody is changing the file.</source>
        <translation>o anexo “%1” foi modificado enquanto era enviado, então o envio foi interrompido antes de o CRM receber uma cópia misturada. Envie novamente quando ninguém estiver alterando o arquivo.</translation>
    </message>
    <message>
        <source>the attachment “%1” was removed while it was being sent, so the upload was stopped. Attach the file again.</source>
        <translation>o anexo “%1” foi removido enquanto era enviado, então o envio foi interrompido. Anexe o arquivo novamente.</translation>
    </message>
    <message>
        <source>the attachment “%1” was replaced by another file while it was being sent, so the upload was stopped. Check the file, then send again.</source>
        <translation>o anexo “%1” foi substituído por outro arquivo enquanto era enviado, então o envio foi interrompido. Verifique o arquivo e envie novamente.</translation>
    </message>
    <message>
        <source>the attachment “%1” ended early while it was being sent, so the upload was stopped.</source>
        <translation>o anexo “%1” terminou antes do esperado enquanto era enviado, então o envio foi interrompido.</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Attach&amp;ments</source>
        <translation>An&amp;exos</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;nexar…</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remover arquivos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Files sent with the update, with size and any problem</source>
        <translation>Arquivos enviados com a atualização, com o tamanho e eventuais problemas</translation>
    </message>
    <message>
        <source>Drop files from the file manager onto this list.</source>
        <translation>Arraste arquivos do gerenciador de arquivos e solte-os nesta lista.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Files the CRM accepts (%1)</source>
        <translation>Arquivos aceitos pelo CRM (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Anexar arquivos…</translation>
    </message>
    <message>
        <source>&amp;Remove files</source>
        <translation>&amp;Remover arquivos</translation>
    </message>
    <message>
        <source>Choose files to attach (%1); you can also drop files here</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Selecionar arquivos para anexar (%1); você também pode soltar arquivos aqui</translation>
    </message>
    <message>
        <source>Remove the selected files (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Remover os arquivos selecionados (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Missing</source>
        <extracomment>Short problem of an attachment, in its list: the file is no longer where it was added</extracomment>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Not a file</source>
        <translation>Não é um arquivo</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Não pode ser lido</translation>
    </message>
    <message>
        <source>Type not accepted</source>
        <translation>Tipo não aceito</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Grande demais</translation>
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
        <translation>Pronto</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column header of the attachments list: whether each file can be sent (&quot;Ready&quot;) or what is wrong with it</extracomment>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Empty</source>
        <extracomment>Short problem of an attachment, in its list: the file has 0 bytes</extracomment>
        <translation>Vazio</translation>
    </message>
    <message>
        <source>Already sent</source>
        <extracomment>Check column of an attachment the CRM already has with this case, not ticked to send again</extracomment>
        <translation>Já enviado</translation>
    </message>
    <message>
        <source>%1

The CRM already has this file with the case. Tick it to send it again.</source>
        <translation>%1

O CRM já tem este arquivo no caso. Marque-o para enviá-lo de novo.</translation>
    </message>
    <message>
        <source>Already sent with this case; not sent again unless ticked.</source>
        <translation>Já enviado com este caso; só é enviado de novo se for marcado.</translation>
    </message>
</context>
<context>
    <name>BatchCheckPage</name>
    <message>
        <source>Result of the check</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <extracomment>Check box: show only the rows that cannot be sent</extracomment>
        <translation>Somente linhas com &amp;problemas</translation>
    </message>
    <message>
        <source>Rows of the file as they would be sent</source>
        <translation>Linhas do arquivo como seriam enviadas</translation>
    </message>
    <message>
        <source>Each row&apos;s case id, fields and problems</source>
        <translation>Id do caso, campos e problemas de cada linha</translation>
    </message>
    <message>
        <source>Problems of the selected row</source>
        <translation>Problemas da linha selecionada</translation>
    </message>
    <message>
        <source>Reload the &amp;file</source>
        <extracomment>Button: read the file again after fixing it in the spreadsheet</extracomment>
        <translation>&amp;Recarregar o arquivo</translation>
    </message>
    <message>
        <source>&amp;Send valid rows…</source>
        <translation>&amp;Enviar linhas válidas…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be sent</source>
        <translation>
            <numerusform>%n linha pode ser enviada</numerusform>
            <numerusform>%n linhas podem ser enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n linha com problemas</numerusform>
            <numerusform>%n linhas com problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n valid row(s)…</source>
        <translation>
            <numerusform>&amp;Enviar %n linha válida…</numerusform>
            <numerusform>&amp;Enviar %n linhas válidas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Review where the rows go, then start sending</source>
        <translation>Verifique para onde as linhas vão e depois inicie o envio</translation>
    </message>
    <message>
        <source>No row can be sent: fix the file or the columns first.</source>
        <translation>Nenhuma linha pode ser enviada: corrija primeiro o arquivo ou as colunas.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is ready to send.</source>
        <translation>A linha %1 (linha %2 do arquivo) está pronta para envio.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Linha %1 (linha %2 do arquivo): %3</translation>
    </message>
    <message>
        <source>Select a row to read its problems in full.</source>
        <translation>Selecione uma linha para ler os problemas dela por completo.</translation>
    </message>
    <message>
        <source>Read the file again after fixing it in the spreadsheet, and check it again (%1)</source>
        <extracomment>%1 is the key that does the same, as the system names it</extracomment>
        <translation>Ler o arquivo de novo depois de corrigi-lo na planilha e verificá-lo outra vez (%1)</translation>
    </message>
    <message>
        <source>No row can be sent</source>
        <translation>Nenhuma linha pode ser enviada</translation>
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
        <translation>Não há nenhuma coluna “%1” no cabeçalho. As colunas são: %2.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not “%1”.</source>
        <translation>--map exige COLUMN=FIELD, não “%1”.</translation>
    </message>
    <message>
        <source>--map %1: give the custom field a name after “form:”.</source>
        <translation>--map %1: informe o nome do campo personalizado depois de “form:”.</translation>
    </message>
    <message>
        <source>--map %1: “%2” is not a field. Use one of %3, or form:NAME.</source>
        <translation>--map %1: “%2” não é um campo. Use um dos seguintes: %3 ou form:NAME.</translation>
    </message>
    <message>
        <source>Column “%1” → custom field “%2”</source>
        <translation>Coluna “%1” → campo personalizado “%2”</translation>
    </message>
    <message>
        <source>Column “%1” → %2</source>
        <translation>Coluna “%1” → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/min</source>
        <translation>%1 linhas/min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>Row %1 (line %2, case %3)</source>
        <translation>Linha %1 (linha %2 do arquivo, caso %3)</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>The CSV file, or - for text on standard input.</source>
        <translation>O arquivo CSV, ou - para texto na entrada padrão.</translation>
    </message>
    <message>
        <source>Take the server, operation, default case type, status and priority and the connection settings from the window&apos;s connection profile NAME.</source>
        <translation>Obter do perfil de conexão NAME da janela do Casedesk o servidor, a operação, o tipo de caso, o status e a prioridade padrão, e as configurações de conexão.</translation>
    </message>
    <message>
        <source>Requests in flight at once: 1 or 2 (default 2, the CRM&apos;s limit per token).</source>
        <translation>Requisições simultâneas: 1 ou 2 (padrão: 2, o limite do CRM por token).</translation>
    </message>
    <message>
        <source>Write each row&apos;s outcome to OUT.csv when the batch ends.</source>
        <translation>Gravar o resultado de cada linha em OUT.csv ao terminar o lote.</translation>
    </message>
    <message>
        <source>Continue the last unfinished batch of this file (same path and content). Rows that were being sent when it stopped are reported, not resent.</source>
        <translation>Retomar o último lote não concluído deste arquivo (mesmo caminho e mesmo conteúdo). As linhas que estavam sendo enviadas quando ele parou são relatadas, mas não reenviadas.</translation>
    </message>
    <message>
        <source>With --resume: send again the rows that were being sent when the batch stopped. Check those cases first: the CRM may already have applied them.</source>
        <translation>Com --resume: enviar novamente as linhas que estavam sendo enviadas quando o lote parou. Verifique esses casos antes: o CRM pode já ter aplicado as alterações.</translation>
    </message>
    <message>
        <source>With --resume: send again the rows that failed.</source>
        <translation>Com --resume: enviar novamente as linhas que falharam.</translation>
    </message>
    <message>
        <source>Start a new batch even if this file was sent before.</source>
        <translation>Iniciar um novo lote mesmo que este arquivo já tenha sido enviado.</translation>
    </message>
    <message>
        <source>Send the valid rows even if others are invalid (they are reported, not sent).</source>
        <translation>Enviar as linhas válidas mesmo que outras sejam inválidas (as inválidas são relatadas, mas não enviadas).</translation>
    </message>
    <message>
        <source>Map a column to a field: wolkvox-id, case-type, responsible, status, priority, solution, attachments, operation, ignore, or form:NAME for a custom field. Repeat for more.</source>
        <translation>Associar uma coluna a um campo: wolkvox-id, case-type, responsible, status, priority, solution, attachments, operation, ignore ou form:NAME para um campo personalizado. Repita para associar mais.</translation>
    </message>
    <message>
        <source>Do not send this column. Repeat for more.</source>
        <translation>Não enviar esta coluna. Repita para mais colunas.</translation>
    </message>
    <message>
        <source>Send the columns no field name matches as custom fields (default: ignore them).</source>
        <translation>Enviar como campos personalizados as colunas que não correspondem a nenhum nome de campo (padrão: ignorá-las).</translation>
    </message>
    <message>
        <source>Case type for the rows when no column gives it.</source>
        <translation>Tipo de caso usado nas linhas quando nenhuma coluna o informa.</translation>
    </message>
    <message>
        <source>Responsible for the rows when no column gives it.</source>
        <translation>Responsável usado nas linhas quando nenhuma coluna o informa.</translation>
    </message>
    <message>
        <source>Status for the rows when no column gives it.</source>
        <translation>Status usado nas linhas quando nenhuma coluna o informa.</translation>
    </message>
    <message>
        <source>Priority for the rows when no column gives it.</source>
        <translation>Prioridade usada nas linhas quando nenhuma coluna a informa.</translation>
    </message>
    <message>
        <source>Solution for the rows when no column gives it.</source>
        <translation>Solução usada nas linhas quando nenhuma coluna a informa.</translation>
    </message>
    <message>
        <source>A status that closes cases; repeat for more (default: %1).</source>
        <translation>Um status que fecha casos; repita para incluir mais (padrão: %1).</translation>
    </message>
    <message>
        <source>The history file that keeps batches (default: the window&apos;s, %1).</source>
        <translation>O arquivo de histórico onde os lotes são guardados (padrão: o da janela do Casedesk, %1).</translation>
    </message>
    <message>
        <source>Give one file: casedesk-cli batch FILE.csv (or - for standard input).</source>
        <translation>Informe um único arquivo: casedesk-cli batch FILE.csv (ou - para a entrada padrão).</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”; the window has none yet.</source>
        <translation>Não existe o perfil de conexão “%1”; a janela do Casedesk ainda não tem perfis.</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”. The profiles are: %2.</source>
        <translation>Não existe o perfil de conexão “%1”. Os perfis são: %2.</translation>
    </message>
    <message>
        <source>--concurrency takes 1 or 2: the CRM allows at most 2 requests at a time per token.</source>
        <translation>--concurrency exige 1 ou 2: o CRM permite no máximo 2 requisições simultâneas por token.</translation>
    </message>
    <message>
        <source>Choose --resume or --new, not both.</source>
        <translation>Use --resume ou --new, mas não os dois.</translation>
    </message>
    <message>
        <source>--server is required (or --profile).</source>
        <translation>--server é obrigatório (ou --profile).</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Não é possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Linha %1 (linha %2 do arquivo): %3</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be sent.</source>
        <translation>Linhas que podem ser enviadas: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n row(s) cannot be sent. Fix the file, or pass --skip-invalid to send the valid rows only.</source>
        <translation>
            <numerusform>Nada foi enviado: %n linha não pode ser enviada. Corrija o arquivo ou use --skip-invalid para enviar somente as linhas válidas.</numerusform>
            <numerusform>Nada foi enviado: %n linhas não podem ser enviadas. Corrija o arquivo ou use --skip-invalid para enviar somente as linhas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch of %1 with this content to resume. If you changed the file, run without --resume to start a new batch.</source>
        <translation>Não há nenhum lote de %1 com este conteúdo para retomar. Se você alterou o arquivo, execute o comando sem --resume para iniciar um novo lote.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. Check these cases; they are sent again only with --resend-interrupted:</source>
        <translation>
            <numerusform>%n linha estava sendo enviada quando o lote parou; o CRM pode tê-la aplicado ou não. Verifique este caso; ele só é enviado novamente com --resend-interrupted:</numerusform>
            <numerusform>%n linhas estavam sendo enviadas quando o lote parou; o CRM pode tê-las aplicado ou não. Verifique estes casos; eles só são enviados novamente com --resend-interrupted:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming batch %1 of %2.</source>
        <translation>Retomando o lote %1 de %2.</translation>
    </message>
    <message>
        <source>Next try in %1.</source>
        <translation>Nova tentativa em %1.</translation>
    </message>
    <message>
        <source>Stopping after the requests in flight; press Ctrl-C again to stop at once.</source>
        <translation>Parando após as requisições em andamento; pressione Ctrl-C novamente para parar imediatamente.</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 rows updated.</source>
        <translation>Lote %1 — linhas atualizadas: %2 de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet. Run the same command with --resume to continue.</source>
        <translation>
            <numerusform>%n linha ainda não foi enviada. Execute o mesmo comando com --resume para continuar.</numerusform>
            <numerusform>%n linhas ainda não foram enviadas. Execute o mesmo comando com --resume para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the cases of the rows that failed on the network or were interrupted: the CRM may have applied them.</source>
        <translation>Verifique os casos das linhas que falharam na rede ou foram interrompidas: o CRM pode tê-las aplicado.</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed</source>
        <translation>Linhas processadas: %1 de %2</translation>
    </message>
    <message>
        <source>--resend-interrupted only works with --resume.</source>
        <translation>--resend-interrupted só pode ser usado com --resume.</translation>
    </message>
    <message>
        <source>--retry-failed only works with --resume.</source>
        <translation>--retry-failed só pode ser usado com --resume.</translation>
    </message>
    <message>
        <source>%1 was already started as batch %2 on %3 and is not finished (%4 of %5 rows updated). Pass --resume to continue it, or --new to send everything again.</source>
        <translation>O envio de %1 já foi iniciado como lote %2 em %3 e não foi concluído (linhas atualizadas: %4 de %5). Use --resume para retomá-lo ou --new para enviar tudo novamente.</translation>
    </message>
    <message>
        <source>%1 was already sent as batch %2 on %3 (%4 of %5 rows updated). Pass --new to send it again.</source>
        <translation>%1 já foi enviado como lote %2 em %3 (linhas atualizadas: %4 de %5). Use --new para enviá-lo novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Sending it spends %Ln call(s) of the token&apos;s daily quota.</source>
        <translation>
            <numerusform>O envio gasta %Ln requisição da cota diária do token.</numerusform>
            <numerusform>O envio gasta %Ln requisições da cota diária do token.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls left today could not be asked for, so nothing was sent: %1</source>
        <translation>Não foi possível consultar quantas requisições restam hoje, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The calls left today could not be asked for, so nothing was sent: %1 Pass --allow-over-quota to send without asking.</source>
        <translation>Não foi possível consultar quantas requisições restam hoje, então nada foi enviado: %1 Use --allow-over-quota para enviar sem consultar.</translation>
    </message>
    <message>
        <source>The token has %1 of its %2 calls left today (asking cost one call).</source>
        <translation>Requisições restantes do token hoje: %1 de %2 (a consulta custou uma requisição).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have several files: each is sent as one update per file, with the same fields, so that the CRM keeps every file; each update is one call.</source>
        <translation>
            <numerusform>%n linha tem vários arquivos: ela é enviada como uma atualização por arquivo, com os mesmos campos, para que o CRM mantenha todos os arquivos; cada atualização é uma requisição.</numerusform>
            <numerusform>%n linhas têm vários arquivos: cada uma é enviada como uma atualização por arquivo, com os mesmos campos, para que o CRM mantenha todos os arquivos; cada atualização é uma requisição.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) send several files in one request under the part name “%1”: the CRM keeps only the last file of each, and those rows end incomplete.</source>
        <translation>
            <numerusform>%n linha envia vários arquivos em uma requisição com o nome de campo “%1”: o CRM mantém só o último arquivo, e essa linha fica incompleta.</numerusform>
            <numerusform>%n linhas enviam vários arquivos em uma requisição com o nome de campo “%1”: o CRM mantém só o último arquivo de cada uma, e essas linhas ficam incompletas.</numerusform>
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
        <translation>Atualiza muitos casos a partir de um arquivo CSV (ou texto separado por TAB na entrada padrão com FILE “-”). Cada linha é verificada com as regras da janela antes de qualquer envio; as linhas são enviadas no ritmo do CRM e o andamento delas fica registrado, para que um lote interrompido possa ser retomado.

As colunas são associadas pelos nomes do cabeçalho em inglês, espanhol ou português (wolkvox-id/id, case-type/tipo de caso, responsible/responsable/responsável, status/estado, priority/prioridad/prioridade, solution/solución/solução, attachments/adjuntos/anexos, operation); um cabeçalho “form:NAME” é o campo personalizado NAME. As células de anexos contêm caminhos separados por |, relativos ao arquivo. Células vazias de campos personalizados não são enviadas.

Códigos de saída:
  0  todas as linhas foram atualizadas
  1  algumas linhas foram rejeitadas pelo CRM, ignoradas por serem inválidas (--skip-invalid)
     ou ficaram incompletas: atualizadas, mas pode ser que nem todos os arquivos tenham
     chegado (--attachments one-request)
  2  entrada inválida; nada foi enviado
  3  algumas linhas falharam na rede ou foram interrompidas; verifique esses casos no CRM
  4  o lote parou antes do fim (cota diária esgotada, token recusado, CRM inacessível ou em
     manutenção, Ctrl-C); o restante é mantido: execute de novo com --resume. Também quando
     um lote --from-crm não foi iniciado porque as requisições que restam hoje não bastam
     para terminá-lo (em um teste sem envio: não seria iniciado)

Um lote informa quantas requisições da cota diária do token vai gastar: uma por requisição
de atualização (uma por arquivo quando os arquivos vão em uma atualização por arquivo) e,
com --from-crm, mais uma por linha para a leitura dela. Um lote --from-crm, e o teste sem
envio dele, primeiro consultam o CRM sobre quantas requisições restam, o que custa uma
requisição (token/tokenInformation.php), e, se elas não bastarem para
terminar o lote, ele não é iniciado, a menos que --allow-over-quota seja informado.</translation>
    </message>
    <message>
        <source>Check every row and report, with the calls of the daily quota the batch will spend (with --from-crm against those left: asking costs one call); send nothing.</source>
        <translation>Verificar cada linha e relatar, com as requisições da cota diária que o lote vai gastar (com --from-crm, comparadas com as restantes: a consulta custa uma requisição); não enviar nada.</translation>
    </message>
    <message>
        <source>Read each row&apos;s case first (one more call of the quota per row) and take every field no column and no option gives (case type, responsible, status, priority, solution) from the case as the CRM has it, so a file of ids and the columns to change is enough (e.g. wolkvox-id;responsable). A profile&apos;s default case type, status and priority are not used. Rows are checked again after their read; one the case leaves invalid fails without being sent.</source>
        <translation>Ler primeiro o caso de cada linha (uma requisição a mais da cota por linha) e obter do caso, como está no CRM, todo campo que nenhuma coluna e nenhuma opção informa (tipo de caso, responsável, status, prioridade, solução); assim basta um arquivo de ids e as colunas a alterar (por exemplo, wolkvox-id;responsavel). O tipo de caso, o status e a prioridade padrão do perfil não são usados. As linhas são verificadas de novo após a leitura; a linha que ficar inválida com os dados do caso falha sem ser enviada.</translation>
    </message>
    <message>
        <source>With --from-crm: start even when the calls left today cannot finish the batch (it stops when they run out; --resume goes on), without spending a call to ask how many are left.</source>
        <translation>Com --from-crm: iniciar mesmo quando as requisições que restam hoje não bastam para terminar o lote (ele para quando elas acabam; --resume continua), sem gastar uma requisição para consultar quantas restam.</translation>
    </message>
    <message>
        <source>--allow-over-quota only works with --from-crm.</source>
        <translation>--allow-over-quota só funciona com --from-crm.</translation>
    </message>
    <message>
        <source>With --from-crm, each row reads its case first and the CRM&apos;s values fill the fields the file does not give.</source>
        <translation>Com --from-crm, cada linha lê primeiro o seu caso e os valores do CRM preenchem os campos que o arquivo não informa.</translation>
    </message>
    <message>
        <source>The calls left today were not asked for: %1</source>
        <translation>Não foi possível consultar as requisições restantes de hoje: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, at %2, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Requisições restantes hoje: %Ln; este lote precisa de %1, então não foi iniciado. Execute-o quando a contagem reiniciar, em %2, ou use --allow-over-quota para enviar o que as requisições de hoje permitirem e continue o resto depois com --resume.</numerusform>
            <numerusform>Requisições restantes hoje: %Ln; este lote precisa de %1, então não foi iniciado. Execute-o quando a contagem reiniciar, em %2, ou use --allow-over-quota para enviar o que as requisições de hoje permitirem e continue o resto depois com --resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln call(s) are left today and this batch needs %1, so it was not started. Run it when the count restarts, or pass --allow-over-quota to send what today&apos;s calls allow and --resume the rest later.</source>
        <translation>
            <numerusform>Requisições restantes hoje: %Ln; este lote precisa de %1, então não foi iniciado. Execute-o quando a contagem reiniciar ou use --allow-over-quota para enviar o que as requisições de hoje permitirem e continue o resto depois com --resume.</numerusform>
            <numerusform>Requisições restantes hoje: %Ln; este lote precisa de %1, então não foi iniciado. Execute-o quando a contagem reiniciar ou use --allow-over-quota para enviar o que as requisições de hoje permitirem e continue o resto depois com --resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message>
        <source>%1 is larger than %2; split it into smaller batches.</source>
        <translation>%1 é maior que %2; divida-o em lotes menores.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto colado</translation>
    </message>
    <message>
        <source>No column holds the case id. Name a column “wolkvox-id” or “id”, or choose which column it is.</source>
        <translation>Nenhuma coluna contém o id do caso. Dê o nome “wolkvox-id” ou “id” a uma coluna, ou selecione qual é.</translation>
    </message>
    <message>
        <source>No column and no default give the case type. Add a “case-type” column or choose a default.</source>
        <translation>Nenhuma coluna nem valor padrão informa o tipo de caso. Adicione uma coluna “case-type” ou selecione um valor padrão.</translation>
    </message>
    <message>
        <source>No column and no default give the responsible. Add a “responsible” column or choose a default.</source>
        <translation>Nenhuma coluna nem valor padrão informa o responsável. Adicione uma coluna “responsible” ou selecione um valor padrão.</translation>
    </message>
    <message>
        <source>No column and no default give the status. Add a “status” column or choose a default.</source>
        <translation>Nenhuma coluna nem valor padrão informa o status. Adicione uma coluna “status” ou selecione um valor padrão.</translation>
    </message>
    <message>
        <source>No column and no default give the priority. Add a “priority” column or choose a default.</source>
        <translation>Nenhuma coluna nem valor padrão informa a prioridade. Adicione uma coluna “priority” ou selecione um valor padrão.</translation>
    </message>
    <message>
        <source>The case %1 is also on row %2; a batch updates each case once. Remove one of the rows.</source>
        <translation>O caso %1 também está na linha %2; um lote atualiza cada caso uma única vez. Remova uma das linhas.</translation>
    </message>
</context>
<context>
    <name>BatchImportNotices</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>Não é possível usar %1</translation>
    </message>
    <message>
        <source>Fix it in the spreadsheet, save it as CSV (UTF-8), and open it again.</source>
        <translation>Corrija-o na planilha, salve-o como CSV (UTF-8) e abra-o novamente.</translation>
    </message>
    <message>
        <source>Some column names were adjusted</source>
        <translation>Alguns nomes de coluna foram ajustados</translation>
    </message>
    <message>
        <source>No row can be sent with these columns</source>
        <translation>Nenhuma linha pode ser enviada com estas colunas</translation>
    </message>
    <message>
        <source>Some lines of the file are malformed</source>
        <translation>Algumas linhas do arquivo estão malformadas</translation>
    </message>
    <message>
        <source>This content was sent before</source>
        <translation>Este conteúdo já foi enviado</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 on %2 already updated %n case(s) from it. Sending it again updates them again.</source>
        <translation>
            <numerusform>O lote %1, de %2, já atualizou %n caso com este conteúdo. Se você enviá-lo de novo, esse caso será atualizado outra vez.</numerusform>
            <numerusform>O lote %1, de %2, já atualizou %n casos com este conteúdo. Se você enviá-lo de novo, esses casos serão atualizados outra vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMappingPage</name>
    <message>
        <source>&amp;Columns of the file:</source>
        <extracomment>Label of the table listing each column of the file and the field it fills</extracomment>
        <translation>&amp;Colunas do arquivo:</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Colunas do arquivo e os campos que preenchem</translation>
    </message>
    <message>
        <source>Columns &amp;not recognised:</source>
        <extracomment>Label of the choice of what happens to columns whose name is not a field</extracomment>
        <translation>Colunas &amp;não reconhecidas:</translation>
    </message>
    <message>
        <source>What happens to the columns whose name is not a field: sent as custom fields under their own name, or not sent. Each column can still be changed above.</source>
        <translation>O que acontece com as colunas cujo nome não é um campo: são enviadas como campos personalizados com o próprio nome ou não são enviadas. Cada coluna ainda pode ser alterada acima.</translation>
    </message>
    <message>
        <source>Values for the fields no column fills (from the current profile)</source>
        <translation>Valores dos campos que nenhuma coluna preenche (do perfil atual)</translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <extracomment>Label: the case type used when no column gives one</extracomment>
        <translation>&amp;Tipo de caso:</translation>
    </message>
    <message>
        <source>Default case type</source>
        <translation>Tipo de caso padrão</translation>
    </message>
    <message>
        <source>R&amp;esponsible:</source>
        <extracomment>Label: the responsible used when no column gives one</extracomment>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Default responsible</source>
        <translation>Responsável padrão</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <extracomment>Label: the status used when no column gives one</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Default status</source>
        <translation>Status padrão</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <extracomment>Label: the priority used when no column gives one</extracomment>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>Prioridade padrão</translation>
    </message>
    <message>
        <source>So&amp;lution:</source>
        <extracomment>Label: the solution used when no column gives one</extracomment>
        <translation>S&amp;olução:</translation>
    </message>
    <message>
        <source>Default solution</source>
        <translation>Solução padrão</translation>
    </message>
    <message>
        <source>Problems with the columns</source>
        <translation>Problemas nas colunas</translation>
    </message>
    <message>
        <source>Chec&amp;k rows</source>
        <extracomment>Button: go on to the check of every row</extracomment>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check every row with the same rules as the form</source>
        <translation>Verificar cada linha com as mesmas regras do formulário</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por tabulações</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por ponto e vírgula</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <extracomment>How the file&apos;s cells are separated, in the list that describes the file</extracomment>
        <translation>separado por vírgulas</translation>
    </message>
    <message>
        <source>From the column “%1”</source>
        <translation>Da coluna “%1”</translation>
    </message>
    <message>
        <source>Only needed when the status closes the case</source>
        <translation>Só é necessário quando o status fecha o caso</translation>
    </message>
    <message>
        <source>Needed: no column gives it</source>
        <translation>Necessário: nenhuma coluna o informa</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <extracomment>How the file is encoded, in the list that describes the file</extracomment>
        <translation>UTF-8 com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <extracomment>How the file is encoded, in the list that describes the file</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows line endings</source>
        <extracomment>How the file&apos;s lines end, in the list that describes the file</extracomment>
        <translation>quebras de linha do Windows</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of cases (%2).</source>
        <translation>
            <numerusform>%1: %n linha de casos (%2).</numerusform>
            <numerusform>%1: %n linhas de casos (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With these columns, %n row(s) can be sent.</source>
        <translation>
            <numerusform>Com estas colunas, %n linha pode ser enviada.</numerusform>
            <numerusform>Com estas colunas, %n linhas podem ser enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; the check shows them.</source>
        <translation>
            <numerusform>%n linha tem problemas; a verificação os mostra.</numerusform>
            <numerusform>%n linhas têm problemas; a verificação os mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>What happens to the columns whose name is not a field: they are not sent</extracomment>
        <translation>Não enviadas</translation>
    </message>
    <message>
        <source>Sent as custom fields</source>
        <extracomment>What happens to the columns whose name is not a field: each is sent as a custom field of its name</extracomment>
        <translation>Enviadas como campos personalizados</translation>
    </message>
    <message>
        <source>With these columns, no row can be sent.</source>
        <translation>Com estas colunas, nenhuma linha pode ser enviada.</translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message>
        <source>Summary of the results</source>
        <translation>Resumo dos resultados</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <extracomment>Label of the filter of the results: which rows are shown</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Outcome of each row</source>
        <translation>Resultado de cada linha</translation>
    </message>
    <message>
        <source>Case id, outcome, HTTP status, code, message and the wolkvox_id the CRM answered</source>
        <translation>Id do caso, resultado, status HTTP, código, mensagem e o wolkvox_id que o CRM respondeu</translation>
    </message>
    <message>
        <source>&amp;Retry failed rows</source>
        <extracomment>Button: send the rows that failed once more</extracomment>
        <translation>&amp;Reenviar falhas</translation>
    </message>
    <message>
        <source>Send the rows that failed once more</source>
        <translation>Enviar novamente as linhas que falharam</translation>
    </message>
    <message>
        <source>Resend &amp;interrupted rows…</source>
        <extracomment>Button: send again the interrupted rows the user ticked (asks first)</extracomment>
        <translation>Reenviar linhas &amp;interrompidas…</translation>
    </message>
    <message>
        <source>&amp;Send the remaining rows</source>
        <extracomment>Button: send the rows a cancel left unsent</extracomment>
        <translation>Enviar as &amp;linhas restantes</translation>
    </message>
    <message>
        <source>Send the rows a cancel left unsent; rows already sent are not sent again</source>
        <translation>Enviar as linhas que um cancelamento deixou sem enviar; as linhas já enviadas não são enviadas de novo</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <extracomment>Button: copy the results for a spreadsheet</extracomment>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows (or every row shown) for a spreadsheet</source>
        <translation>Copiar as linhas selecionadas (ou todas as linhas exibidas) para uma planilha</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <extracomment>Button: save the results as a CSV file</extracomment>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Save every row&apos;s outcome as a CSV file</source>
        <translation>Salvar o resultado de cada linha como arquivo CSV</translation>
    </message>
    <message>
        <source>Show in &amp;history</source>
        <extracomment>Button: show this batch&apos;s attempts in the main window&apos;s history</extracomment>
        <translation>Mostrar no &amp;histórico</translation>
    </message>
    <message>
        <source>Show this batch&apos;s attempts in the main window&apos;s history</source>
        <translation>Mostrar as tentativas deste lote no histórico da janela principal</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <extracomment>Button: start again with another file</extracomment>
        <translation>&amp;Novo lote</translation>
    </message>
    <message>
        <source>Start again with another file</source>
        <translation>Começar de novo com outro arquivo</translation>
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
            <numerusform>Todas as linhas (%Ln)</numerusform>
            <numerusform>Todas as linhas (%Ln)</numerusform>
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
            <numerusform>Enviar novamente a %n linha com falha. As linhas que o CRM rejeitou falham de novo até a causa ser corrigida.</numerusform>
            <numerusform>Enviar novamente as %n linhas com falha. As linhas que o CRM rejeitou falham de novo até a causa ser corrigida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resend the %n ticked row(s) after confirming</source>
        <translation>
            <numerusform>Reenviar a %n linha marcada após confirmação</numerusform>
            <numerusform>Reenviar as %n linhas marcadas após confirmação</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the interrupted cases in the CRM, tick the rows to send again, then press this.</source>
        <translation>Verifique os casos interrompidos no CRM, marque as linhas a enviar novamente e depois clique aqui.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send the remaining %n</source>
        <extracomment>Button of the results: sends the rows a cancel left unsent, e.g. &quot;Send the remaining 12&quot;</extracomment>
        <translation>
            <numerusform>Enviar %n re&amp;stante</numerusform>
            <numerusform>Enviar %n re&amp;stantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend interrupted rows?</source>
        <translation>Reenviar as linhas interrompidas?</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n row(s) whose earlier request never got an answer?</source>
        <translation>
            <numerusform>Reenviar %n linha cuja requisição anterior nunca recebeu resposta?</numerusform>
            <numerusform>Reenviar %n linhas cuja requisição anterior nunca recebeu resposta?</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM may already have applied them. Resend only the rows whose cases you checked in the CRM and found not updated.</source>
        <translation>O CRM pode já tê-las aplicado. Reenvie somente as linhas cujos casos você verificou no CRM e viu que não foram atualizados.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <extracomment>Button of the question before interrupted rows are sent again</extracomment>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Export the results</source>
        <extracomment>Title of the file dialog that saves a batch&apos;s results</extracomment>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File types the results can be saved as, in the file dialog</extracomment>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File types the results can be saved as, in the file dialog</extracomment>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The banner&apos;s title after the results were put on the clipboard</extracomment>
        <translation>Copiado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied; paste them into a spreadsheet.</source>
        <translation>
            <numerusform>%n linha copiada; cole-a em uma planilha.</numerusform>
            <numerusform>%n linhas copiadas; cole-as em uma planilha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Interrupted — check the case</source>
        <translation>Interrompido: verifique o caso</translation>
    </message>
    <message>
        <source>Not sent: invalid</source>
        <translation>Não enviado: inválido</translation>
    </message>
    <message>
        <source>Not sent: cancelled</source>
        <translation>Não enviado: cancelado</translation>
    </message>
</context>
<context>
    <name>BatchRowsModel</name>
    <message>
        <source>Tick this row once you have checked the case in the CRM, then press Resend interrupted rows.</source>
        <translation>Marque esta linha depois de verificar o caso no CRM e clique em Reenviar linhas interrompidas.</translation>
    </message>
    <message>
        <source>Row %1, line %2 of the file</source>
        <translation>Linha %1, linha %2 do arquivo</translation>
    </message>
    <message>
        <source>The request was on its way when the batch stopped: the CRM may or may not have applied it. Check the case before resending it.</source>
        <translation>A requisição estava em andamento quando o lote parou: o CRM pode tê-la aplicado ou não. Verifique o caso antes de reenviá-la.</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column of the results: the row&apos;s number among the rows of the file</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Case id</source>
        <extracomment>Column of the results: the wolkvox-id of the case the row corrects</extracomment>
        <translation>Id do caso</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>wolkvox_id</source>
        <extracomment>Column of the results: the case id the CRM answered (the API&apos;s own field name)</extracomment>
        <translation>wolkvox_id</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column of the results: how many times the row was sent</extracomment>
        <translation>Tentativas</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Um lote já está sendo enviado.</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s token before sending the batch.</source>
        <translation>Informe o token da operação antes de enviar o lote.</translation>
    </message>
    <message>
        <source>The batch %1 does not exist.</source>
        <translation>O lote %1 não existe.</translation>
    </message>
    <message>
        <source>The history could not be written, so nothing more is sent: %1</source>
        <translation>Não foi possível gravar o histórico, então nada mais será enviado: %1</translation>
    </message>
    <message>
        <source>the batch could not be saved.</source>
        <translation>não foi possível salvar o lote.</translation>
    </message>
    <message>
        <source>The batch could not be saved, so nothing more is sent: %1</source>
        <translation>Não foi possível salvar o lote, então nada mais será enviado: %1</translation>
    </message>
    <message>
        <source>This token has used all of today&apos;s calls. The batch stopped; the rows not sent yet stay queued. Resume it when the count restarts.</source>
        <translation>Este token já usou todas as requisições de hoje. O lote parou; as linhas ainda não enviadas continuam na fila. Retome-o quando a contagem reiniciar.</translation>
    </message>
    <message>
        <source>The CRM&apos;s API is switched off for maintenance; the row will be sent again.</source>
        <translation>A API do CRM está desativada para manutenção; a linha será enviada novamente.</translation>
    </message>
    <message>
        <source>The CRM is busy with other requests on this token; the row will be sent again.</source>
        <translation>O CRM está ocupado com outras requisições deste token; a linha será enviada novamente.</translation>
    </message>
    <message>
        <source>the batch was stopped before this row was sent.</source>
        <translation>o lote parou antes de esta linha ser enviada.</translation>
    </message>
    <message>
        <source>The batch was stopped; rows that were being sent are marked “Interrupted — check the case”.</source>
        <translation>O lote parou; as linhas que estavam sendo enviadas ficam marcadas como “Interrompido: verifique o caso”.</translation>
    </message>
    <message numerus="yes">
        <source>After %n retries, the CRM&apos;s API was still switched off for maintenance. The batch stopped; the rows not sent yet stay queued. Resume it later.</source>
        <translation>
            <numerusform>A API do CRM continuou desativada para manutenção após %n nova tentativa. O lote parou; as linhas ainda não enviadas continuam na fila. Retome-o mais tarde.</numerusform>
            <numerusform>A API do CRM continuou desativada para manutenção após %n novas tentativas. O lote parou; as linhas ainda não enviadas continuam na fila. Retome-o mais tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n retries, the CRM still answered that too many requests were using this token. The batch stopped; the rows not sent yet stay queued. Resume it when the other requests are done.</source>
        <translation>
            <numerusform>Após %n nova tentativa, o CRM continuou respondendo que há requisições demais em andamento com este token. O lote parou; as linhas ainda não enviadas continuam na fila. Retome-o quando as outras requisições terminarem.</numerusform>
            <numerusform>Após %n novas tentativas, o CRM continuou respondendo que há requisições demais em andamento com este token. O lote parou; as linhas ainda não enviadas continuam na fila. Retome-o quando as outras requisições terminarem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be read, so its update was not sent: %1</source>
        <translation>Não foi possível ler o caso, então a atualização dele não foi enviada: %1</translation>
    </message>
    <message>
        <source>The CRM has no case %1; nothing was sent.</source>
        <translation>O CRM não tem o caso %1; nada foi enviado.</translation>
    </message>
    <message>
        <source>The CRM answered other cases than %1; nothing was sent.</source>
        <translation>O CRM respondeu com casos diferentes de %1; nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1; nothing was sent.</source>
        <translation>
            <numerusform>O CRM respondeu %n caso com o wolkvox-id %1; nada foi enviado.</numerusform>
            <numerusform>O CRM respondeu %n casos com o wolkvox-id %1; nada foi enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the case as the CRM has it, the row cannot be sent: %1</source>
        <translation>Com o caso como está no CRM, a linha não pode ser enviada: %1</translation>
    </message>
</context>
<context>
    <name>BatchSendPage</name>
    <message>
        <source>Requests at a &amp;time:</source>
        <extracomment>Label of how many requests the batch sends at once (1 or 2)</extracomment>
        <translation>Requisições &amp;simultâneas:</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Requisições simultâneas</translation>
    </message>
    <message>
        <source>The CRM accepts at most 2 simultaneous requests per token. Choose 1 when someone else uses the same token.</source>
        <translation>O CRM aceita no máximo 2 requisições simultâneas por token. Selecione 1 quando outra pessoa usar o mesmo token.</translation>
    </message>
    <message>
        <source>The CRM accepts at most 2 per token; choose 1 when someone else uses the same token.</source>
        <translation>O CRM aceita no máximo 2 por token; selecione 1 quando outra pessoa usar o mesmo token.</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <extracomment>What a screen reader calls the progress of the batch being sent</extracomment>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <extracomment>What a screen reader calls the line that says what the batch is doing (sending, paused, waiting)</extracomment>
        <translation>Status do lote</translation>
    </message>
    <message>
        <source>Rows that need &amp;attention so far:</source>
        <translation>Linhas que precisam de &amp;atenção até agora:</translation>
    </message>
    <message>
        <source>Rows that failed or were interrupted so far</source>
        <translation>Linhas que falharam ou foram interrompidas até agora</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <extracomment>Button: cancel the batch (asks first); rows not sent yet are not sent</extracomment>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>Stop the batch: rows being sent finish, rows not sent yet are not sent</source>
        <translation>Parar o lote: as linhas em envio terminam, e as que ainda não foram enviadas são canceladas</translation>
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
        <translation>&amp;Iniciar envio</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>cerca de %n segundo restante</numerusform>
            <numerusform>cerca de %n segundos restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>cerca de %n minuto restante</numerusform>
            <numerusform>cerca de %n minutos restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>cerca de %n hora restante</numerusform>
            <numerusform>cerca de %n horas restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <extracomment>Time left while a batch is sent, in hours and minutes, e.g. &quot;about 2 h 15 min left&quot;</extracomment>
        <translation>cerca de %1 h %2 min restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent to %1, operation %2.</source>
        <translation>
            <numerusform>%n linha será enviada para %1, operação %2.</numerusform>
            <numerusform>%n linhas serão enviadas para %1, operação %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are left out; the results list them as not sent.</source>
        <translation>
            <numerusform>%n linha com problemas fica de fora; os resultados a mostram como não enviada.</numerusform>
            <numerusform>%n linhas com problemas ficam de fora; os resultados as mostram como não enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1, from %2, sends to %3, operation %4.</source>
        <translation>O lote %1, de %2, envia para %3, operação %4.</translation>
    </message>
    <message>
        <source>Nothing is queued: the Results page shows every row&apos;s outcome.</source>
        <translation>Não há nada na fila: a página Resultados mostra o resultado de cada linha.</translation>
    </message>
    <message>
        <source>&amp;Resume sending</source>
        <extracomment>The send step&apos;s main button when rows wait after the batch stopped</extracomment>
        <translation>Retomar &amp;envio</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>The send step&apos;s button while a batch is sent (Pause) or paused (Resume)</extracomment>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Send the rest of the batch</source>
        <translation>Enviar o restante do lote</translation>
    </message>
    <message>
        <source>Send no new request; the rows being sent finish first</source>
        <translation>Não enviar novas requisições; as linhas em envio terminam primeiro</translation>
    </message>
    <message>
        <source>No row has failed so far.</source>
        <translation>Nenhuma linha falhou até agora.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that need &amp;attention so far (%n):</source>
        <translation>
            <numerusform>Linhas que precisam de &amp;atenção até agora (%n):</numerusform>
            <numerusform>Linhas que precisam de &amp;atenção até agora (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s) processed</source>
        <extracomment>How far a batch is: rows answered so far of the rows to send, e.g. &quot;120 of 2,000 rows processed&quot;</extracomment>
        <translation>
            <numerusform>Linhas processadas: %L1 de %Ln</numerusform>
            <numerusform>Linhas processadas: %L1 de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <extracomment>A figure of the batch&apos;s progress: cases the CRM updated</extracomment>
        <translation>
            <numerusform>%Ln atualizado</numerusform>
            <numerusform>%Ln atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <extracomment>A figure of the batch&apos;s progress: rows that failed</extracomment>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interrupted</source>
        <extracomment>A figure of the batch&apos;s progress: rows whose request got no answer</extracomment>
        <translation>
            <numerusform>%Ln interrompida</numerusform>
            <numerusform>%Ln interrompidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <extracomment>A figure of the batch&apos;s progress: rows a cancel left unsent</extracomment>
        <translation>
            <numerusform>%Ln não enviada</numerusform>
            <numerusform>%Ln não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a minute</source>
        <extracomment>A figure of the batch&apos;s progress: the pace of the answers</extracomment>
        <translation>
            <numerusform>%Ln linha por minuto</numerusform>
            <numerusform>%Ln linhas por minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CRM busy, retrying in %n second(s).</source>
        <translation>
            <numerusform>CRM ocupado; nova tentativa em %n segundo.</numerusform>
            <numerusform>CRM ocupado; nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending, %n request(s) at a time.</source>
        <translation>
            <numerusform>Enviando, %n requisição por vez.</numerusform>
            <numerusform>Enviando, %n requisições por vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lowered because the CRM reported other requests on this token.</source>
        <translation>Reduzido porque o CRM informou outras requisições com este token.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Pausando: aguardando a resposta de %n requisição já enviada.</numerusform>
            <numerusform>Pausando: aguardando a resposta de %n requisições já enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Nothing more is sent until you press Resume.</source>
        <translation>Em pausa. Nada mais é enviado até você clicar em Retomar.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: waiting for the answer to %n request(s) already sent.</source>
        <translation>
            <numerusform>Cancelando: aguardando a resposta de %n requisição já enviada.</numerusform>
            <numerusform>Cancelando: aguardando a resposta de %n requisições já enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <extracomment>Button of the question before a batch is cancelled: go on sending it</extracomment>
        <translation>Continuar &amp;enviando</translation>
    </message>
    <message>
        <source>&amp;Keep them queued</source>
        <extracomment>Button of the question before a paused batch is cancelled: leave its rows waiting</extracomment>
        <translation>&amp;Manter na fila</translation>
    </message>
    <message>
        <source>Cancel the batch?</source>
        <translation>Cancelar o lote?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent yet will not be sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>Linhas ainda não enviadas: %n. Serão canceladas e marcadas como “Não enviado: cancelado”.</numerusform>
            <numerusform>%n linhas que ainda não foram enviadas serão canceladas e marcadas como “Não enviado: cancelado”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows being sent right now finish first. Rows already sent stay updated.</source>
        <translation>As linhas que estão sendo enviadas agora terminam primeiro. As linhas já enviadas continuam atualizadas.</translation>
    </message>
    <message>
        <source>Cancel the &amp;batch</source>
        <extracomment>Button of the question before a batch is cancelled: cancel it</extracomment>
        <translation>Cancelar o &amp;lote</translation>
    </message>
    <message>
        <source>No row is waiting to be sent.</source>
        <translation>Nenhuma linha aguarda envio.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>The batch could not be saved</source>
        <translation>Não foi possível salvar o lote</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <extracomment>The name shown for rows pasted from a spreadsheet, where a file&apos;s name would be</extracomment>
        <translation>Texto colado</translation>
    </message>
    <message>
        <source>The batch cannot be shown</source>
        <translation>Não é possível mostrar o lote</translation>
    </message>
    <message>
        <source>Batch %1 is not in the database any more.</source>
        <translation>O lote %1 não está mais no banco de dados.</translation>
    </message>
    <message>
        <source>Rows interrupted — check the cases</source>
        <translation>Linhas interrompidas: verifique os casos</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when the batch stopped; the CRM may or may not have applied them. They are not sent again unless you tick them on the Results page and press Resend interrupted rows.</source>
        <translation>
            <numerusform>%n linha estava sendo enviada quando o lote parou; o CRM pode tê-la aplicado ou não. Ela só é enviada novamente se você marcá-la na página Resultados e clicar em Reenviar linhas interrompidas.</numerusform>
            <numerusform>%n linhas estavam sendo enviadas quando o lote parou; o CRM pode tê-las aplicado ou não. Elas só são enviadas novamente se você marcá-las na página Resultados e clicar em Reenviar linhas interrompidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 sends to %2, operation %3, but the main window is connected to %4, operation %5. Switch the main window to that connection and its token, then start again.</source>
        <translation>O lote %1 envia para %2, operação %3, mas a janela principal está conectada a %4, operação %5. Mude a janela principal para essa conexão e o token dela e comece novamente.</translation>
    </message>
    <message>
        <source>No token</source>
        <extracomment>The banner&apos;s title when sending starts without a Wolkvox-Token</extracomment>
        <translation>Sem token</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s Wolkvox-Token in the main window&apos;s connection bar, then start again. Nothing was sent.</source>
        <translation>Informe o Wolkvox-Token da operação na barra de conexão da janela principal e comece novamente. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Another connection is selected</source>
        <translation>Outra conexão está selecionada</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Nada foi enviado. %1</translation>
    </message>
    <message>
        <source>The batch cannot start</source>
        <translation>O lote não pode ser iniciado</translation>
    </message>
    <message>
        <source>The batch could not be discarded</source>
        <translation>Não foi possível descartar o lote</translation>
    </message>
    <message>
        <source>Results exported</source>
        <extracomment>The banner&apos;s title once the results were saved as a CSV file</extracomment>
        <translation>Resultados exportados</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n linha salva em %1.</numerusform>
            <numerusform>%n linhas salvas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be exported</source>
        <translation>Não foi possível exportar os resultados</translation>
    </message>
    <message>
        <source>No case was updated before the cancel.</source>
        <translation>Nenhum caso foi atualizado antes do cancelamento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) were updated before the cancel.</source>
        <translation>
            <numerusform>%Ln caso foi atualizado antes do cancelamento.</numerusform>
            <numerusform>%Ln casos foram atualizados antes do cancelamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was answered before the cancel took effect.</source>
        <translation>Todas as linhas foram respondidas antes de o cancelamento ter efeito.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent; they are marked “Not sent: cancelled”.</source>
        <translation>
            <numerusform>%Ln linha não foi enviada; ela está marcada como “Não enviado: cancelado”.</numerusform>
            <numerusform>%Ln linhas não foram enviadas; elas estão marcadas como “Não enviado: cancelado”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <extracomment>The banner&apos;s title after the user cancelled a batch</extracomment>
        <translation>Lote cancelado</translation>
    </message>
    <message>
        <source>The rows not sent are marked “Not sent: cancelled”.</source>
        <translation>As linhas não enviadas ficam marcadas como “Não enviado: cancelado”.</translation>
    </message>
    <message numerus="yes">
        <source>Send the remaining %n</source>
        <extracomment>The banner&apos;s button after a cancel: sends the rows the cancel left unsent</extracomment>
        <translation>
            <numerusform>Enviar %n restante</numerusform>
            <numerusform>Enviar %n restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was updated.</source>
        <translation>Nenhum caso foi atualizado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) updated.</source>
        <translation>
            <numerusform>%Ln caso atualizado.</numerusform>
            <numerusform>%Ln casos atualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: read their messages below, correct the cause and retry them.</source>
        <translation>
            <numerusform>%n linha falhou: leia a mensagem dela abaixo, corrija a causa e envie-a novamente.</numerusform>
            <numerusform>%n linhas falharam: leia as mensagens delas abaixo, corrija a causa e envie-as novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch finished</source>
        <extracomment>The banner&apos;s title when the last row of a batch was answered</extracomment>
        <translation>Lote concluído</translation>
    </message>
    <message>
        <source>The token&apos;s daily quota is used up</source>
        <translation>A cota diária do token se esgotou</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait in the queue. Test connection in the main window tells how many hours until the count restarts; then open this batch and press Resume sending.</source>
        <translation>
            <numerusform>%n linha aguarda na fila. Testar conexão, na janela principal, informa quantas horas faltam para a contagem reiniciar; depois abra este lote e clique em Retomar envio.</numerusform>
            <numerusform>%n linhas aguardam na fila. Testar conexão, na janela principal, informa quantas horas faltam para a contagem reiniciar; depois abra este lote e clique em Retomar envio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM refused the token</source>
        <translation>O CRM recusou o token</translation>
    </message>
    <message>
        <source>The rows not sent yet stay queued; correct the token in the main window and press Resume sending.</source>
        <translation>As linhas ainda não enviadas continuam na fila; corrija o token na janela principal e clique em Retomar envio.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached</source>
        <translation>Não é possível acessar o CRM</translation>
    </message>
    <message>
        <source>The rows not sent yet stay queued; press Resume sending once the CRM answers again.</source>
        <translation>As linhas ainda não enviadas continuam na fila; clique em Retomar envio quando o CRM voltar a responder.</translation>
    </message>
    <message>
        <source>The CRM stayed busy</source>
        <translation>O CRM continuou ocupado</translation>
    </message>
    <message>
        <source>Batch stopped</source>
        <extracomment>The banner&apos;s title when a batch was stopped at once (rows in flight become interrupted)</extracomment>
        <translation>Lote parado</translation>
    </message>
</context>
<context>
    <name>BatchSourcePage</name>
    <message>
        <source>Correct many cases at once</source>
        <translation>Corrija muitos casos de uma vez</translation>
    </message>
    <message>
        <source>Open a CSV file or paste rows copied from a spreadsheet. The first row names the columns: wolkvox-id (or id), status, priority, responsible, solution, case-type, attachments. Spanish and Portuguese names such as estado, prioridad or responsável work too, and any other column can be sent as a custom field. Every row is checked before anything is sent.</source>
        <translation>Abra um arquivo CSV ou cole linhas copiadas de uma planilha. A primeira linha dá nome às colunas: wolkvox-id (ou id), status, priority, responsible, solution, case-type, attachments. Nomes em espanhol e português, como estado, prioridad ou responsável, também funcionam, e qualquer outra coluna pode ser enviada como campo personalizado. Cada linha é verificada antes de qualquer envio.</translation>
    </message>
    <message>
        <source>&amp;Open CSV file…</source>
        <translation>&amp;Abrir arquivo CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Colar da planilha</translation>
    </message>
    <message>
        <source>You can also drop a .csv or .tsv file onto this window.</source>
        <translation>Você também pode arrastar um arquivo .csv ou .tsv para esta janela.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <extracomment>What a screen reader calls the busy bar shown while a large file is read</extracomment>
        <translation>Lendo o arquivo</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <extracomment>Button: stop waiting for a large file being read; nothing of it is kept</extracomment>
        <translation>Cancelar le&amp;itura</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <extracomment>Heading of the list of batches with rows not sent yet</extracomment>
        <translation>&amp;Lotes não concluídos</translation>
    </message>
    <message>
        <source>Unfinished batches</source>
        <extracomment>What a screen reader calls the list of batches with rows not sent yet</extracomment>
        <translation>Lotes não concluídos</translation>
    </message>
    <message>
        <source>Batches with rows not sent yet or interrupted, newest first</source>
        <translation>Lotes com linhas ainda não enviadas ou interrompidas, os mais recentes primeiro</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <extracomment>Button: send the queued rows of the selected unfinished batch</extracomment>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Send the selected batch&apos;s queued rows; interrupted rows are not resent</source>
        <translation>Enviar as linhas na fila do lote selecionado; as linhas interrompidas não são reenviadas</translation>
    </message>
    <message>
        <source>&amp;Show results</source>
        <extracomment>Button: show every row of the selected unfinished batch</extracomment>
        <translation>&amp;Ver resultados</translation>
    </message>
    <message>
        <source>See each row of the selected batch, including interrupted ones</source>
        <translation>Ver cada linha do lote selecionado, incluindo as interrompidas</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <extracomment>Button: stop offering the selected unfinished batch (asks first)</extracomment>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Stop offering the selected batch; its queued rows are not sent</source>
        <translation>Deixar de oferecer o lote selecionado; as linhas dele na fila não são enviadas</translation>
    </message>
    <message>
        <source>No batch is waiting to be resumed.</source>
        <translation>Nenhum lote está aguardando para ser retomado.</translation>
    </message>
    <message>
        <source>Open a table of cases</source>
        <translation>Abrir uma tabela de casos</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Tabelas (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File types a table of cases can be opened from, in the file dialog</extracomment>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <extracomment>The banner&apos;s title when the clipboard holds no rows to paste</extracomment>
        <translation>Nada para colar</translation>
    </message>
    <message>
        <source>Select the rows in the spreadsheet, header row included, copy them, then paste again.</source>
        <translation>Selecione as linhas na planilha, incluindo a linha de cabeçalho, copie-as e cole novamente.</translation>
    </message>
    <message>
        <source>Reading and checking %1 (%2)…</source>
        <translation>Lendo e verificando %1 (%2)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Where an unfinished batch sends its rows: the CRM&apos;s server, then the operation</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing is queued in this batch: see its interrupted rows with Show results.</source>
        <translation>Este lote não tem nada na fila: veja as linhas interrompidas em Ver resultados.</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>Descartar este lote?</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (%2) is no longer offered for resuming, and its %n queued row(s) are not sent.</source>
        <translation>
            <numerusform>O lote %1 (%2) não será mais oferecido para retomada. Linhas dele na fila que não serão enviadas: %n.</numerusform>
            <numerusform>O lote %1 (%2) não será mais oferecido para retomada, e as %n linhas dele na fila não serão enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows already sent stay updated, and every attempt stays in the history.</source>
        <translation>As linhas já enviadas continuam atualizadas, e todas as tentativas continuam no histórico.</translation>
    </message>
    <message>
        <source>&amp;Discard batch</source>
        <extracomment>Button of the question before an unfinished batch is discarded</extracomment>
        <translation>&amp;Descartar lote</translation>
    </message>
    <message>
        <source>This file was already started</source>
        <translation>O envio deste arquivo já foi iniciado</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was started on %2 from this same content and still has %n row(s) not sent or not answered.</source>
        <translation>
            <numerusform>O lote %1 foi iniciado em %2 com este mesmo conteúdo e ainda tem %n linha não enviada ou sem resposta.</numerusform>
            <numerusform>O lote %1 foi iniciado em %2 com este mesmo conteúdo e ainda tem %n linhas não enviadas ou sem resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume it to send only what is left. Checking the file as a new batch sends every row again.</source>
        <translation>Retome-o para enviar somente o que falta. Verificar o arquivo como novo lote envia todas as linhas novamente.</translation>
    </message>
    <message>
        <source>&amp;Resume that batch</source>
        <extracomment>Button of the question asked when a file already started is opened again</extracomment>
        <translation>&amp;Retomar esse lote</translation>
    </message>
    <message>
        <source>Check as a &amp;new batch</source>
        <translation>Verificar como &amp;novo lote</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column of the unfinished batches: when the batch was started</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the unfinished batches: the file or paste the batch came from</extracomment>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Sends to</source>
        <extracomment>Column of the unfinished batches: the CRM server and operation the batch sends to</extracomment>
        <translation>Envia para</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column of the unfinished batches: how many of its cases were updated</extracomment>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column of the unfinished batches: how many of its rows failed</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>Column of the unfinished batches: how many of its rows wait to be sent</extracomment>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>Column of the unfinished batches: how many of its rows were on their way when it stopped</extracomment>
        <translation>Interrompidas</translation>
    </message>
    <message>
        <source>Open a CSV or tab-separated file (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Abrir um arquivo CSV ou separado por tabulações (%1)</translation>
    </message>
    <message>
        <source>Copy the rows in the spreadsheet, header row included, then press this (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Copie as linhas na planilha, incluindo a linha de cabeçalho, e depois clique neste botão (%1)</translation>
    </message>
    <message>
        <source>Stop waiting for this file; nothing of it is kept (%1)</source>
        <extracomment>%1 is the key that does the same (Esc)</extracomment>
        <translation>Cancelar a leitura deste arquivo; nada dele é mantido (%1)</translation>
    </message>
    <message>
        <source>Batch %1 (%2) is no longer offered for resuming.</source>
        <translation>O lote %1 (%2) não será mais oferecido para retomada.</translation>
    </message>
</context>
<context>
    <name>BatchStore</name>
    <message>
        <source>The batch database is not open.</source>
        <translation>O banco de dados de lotes não está aberto.</translation>
    </message>
    <message>
        <source>The batch %1 does not exist.</source>
        <translation>O lote %1 não existe.</translation>
    </message>
    <message>
        <source>Another Casedesk window or command is sending this batch right now.</source>
        <translation>Outra janela ou comando do Casedesk está enviando este lote neste momento.</translation>
    </message>
    <message>
        <source>The request was stopped before its answer arrived; the CRM may or may not have applied it. Check the case before resending.</source>
        <translation>A requisição foi interrompida antes de a resposta chegar; o CRM pode tê-la aplicado ou não. Verifique o caso antes de reenviá-la.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Bulk correction — Casedesk</source>
        <translation>Correção em massa — Casedesk</translation>
    </message>
    <message>
        <source>&amp;1 Source</source>
        <extracomment>Step 1 of the bulk correction: where the rows come from (a file or a paste)</extracomment>
        <translation>&amp;1 Origem</translation>
    </message>
    <message>
        <source>Open a CSV file or paste rows from a spreadsheet</source>
        <translation>Abrir um arquivo CSV ou colar linhas de uma planilha</translation>
    </message>
    <message>
        <source>&amp;2 Columns</source>
        <extracomment>Step 2 of the bulk correction: which field each column of the file fills</extracomment>
        <translation>&amp;2 Colunas</translation>
    </message>
    <message>
        <source>Choose which field each column of the file fills</source>
        <translation>Selecionar qual campo cada coluna do arquivo preenche</translation>
    </message>
    <message>
        <source>&amp;3 Check</source>
        <extracomment>Step 3 of the bulk correction: every row checked before anything is sent</extracomment>
        <translation>&amp;3 Verificação</translation>
    </message>
    <message>
        <source>See every row&apos;s problems before anything is sent</source>
        <translation>Ver os problemas de cada linha antes de qualquer envio</translation>
    </message>
    <message>
        <source>&amp;4 Send</source>
        <extracomment>Step 4 of the bulk correction: sending the rows to the CRM</extracomment>
        <translation>&amp;4 Envio</translation>
    </message>
    <message>
        <source>Send the valid rows at the CRM&apos;s pace</source>
        <translation>Enviar as linhas válidas no ritmo do CRM</translation>
    </message>
    <message>
        <source>&amp;5 Results</source>
        <extracomment>Step 5 of the bulk correction: the outcome of each row</extracomment>
        <translation>&amp;5 Resultados</translation>
    </message>
    <message>
        <source>Each row&apos;s outcome; retry, resend or export</source>
        <translation>O resultado de cada linha; reenviar ou exportar</translation>
    </message>
    <message>
        <source>Connection used by the batch</source>
        <translation>Conexão usada pelo lote</translation>
    </message>
    <message>
        <source>Batch message</source>
        <extracomment>What a screen reader calls the message strip of the bulk-correction window</extracomment>
        <translation>Mensagem do lote</translation>
    </message>
    <message>
        <source>No connection: fill in the main window&apos;s connection bar.</source>
        <translation>Sem conexão: preencha a barra de conexão da janela principal.</translation>
    </message>
    <message>
        <source>Sends to %1 · operation %2</source>
        <extracomment>Where the batch goes: the CRM&apos;s server, then the operation</extracomment>
        <translation>Envia para %1 · operação %2</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <extracomment>A button of the question asked when the window closes while a batch is sent</extracomment>
        <translation>Continuar &amp;enviando</translation>
    </message>
    <message>
        <source>The batch is still being sent</source>
        <translation>O lote ainda está sendo enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not sent yet.</source>
        <translation>
            <numerusform>%n linha ainda não foi enviada.</numerusform>
            <numerusform>%n linhas ainda não foram enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause and close: the requests already sent are answered first, and the rest waits until you resume. Casedesk offers the batch again when it starts.</source>
        <translation>Pausar e fechar: primeiro chegam as respostas das requisições já enviadas, e o restante aguarda até você retomar o lote. Da próxima vez que for iniciado, o Casedesk oferece o lote novamente.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <extracomment>A button of the question asked when the window closes while a batch is sent</extracomment>
        <translation>&amp;Pausar e fechar</translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+O)</extracomment>
        <translation>Abrir arquivo CSV</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+V)</extracomment>
        <translation>Colar da planilha</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <extracomment>A shortcut of the bulk-correction window (F5)</extracomment>
        <translation>Recarregar o arquivo</translation>
    </message>
    <message>
        <source>Copy results</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+C)</extracomment>
        <translation>Copiar resultados</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>A shortcut of the bulk-correction window (Ctrl+W): closes the window</extracomment>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>Bulk correction — %L1 of %Ln — Casedesk</source>
        <extracomment>The window&apos;s title while a batch is sent: rows answered so far of the rows to send</extracomment>
        <translation>
            <numerusform>Correção em massa — %L1 de %Ln — Casedesk</numerusform>
            <numerusform>Correção em massa — %L1 de %Ln — Casedesk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle “%1” does not exist. Choose the file again in Settings.</source>
        <translation>O pacote de CA “%1” não existe. Selecione o arquivo novamente em Configurações.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” is not a file.</source>
        <translation>O pacote de CA “%1” não é um arquivo.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” is too large to be a certificate file.</source>
        <translation>O pacote de CA “%1” é grande demais para ser um arquivo de certificados.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” cannot be read: %2.</source>
        <translation>Não é possível ler o pacote de CA “%1”: %2.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” holds no certificate. Choose a PEM file, whose certificates start with “-----BEGIN CERTIFICATE-----”.</source>
        <translation>O pacote de CA “%1” não contém nenhum certificado. Selecione um arquivo PEM, cujos certificados começam com “-----BEGIN CERTIFICATE-----”.</translation>
    </message>
    <message>
        <source>The CA bundle “%1” does not exist. Check the path given to --ca-bundle.</source>
        <translation>O pacote de CA “%1” não existe. Verifique o caminho indicado em --ca-bundle.</translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>Choose the case</source>
        <translation>Selecione o caso</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Casos encontrados</translation>
    </message>
    <message>
        <source>&amp;Load this case</source>
        <extracomment>Button of the dialog that lists several cases found by one search</extracomment>
        <translation>&amp;Carregar este caso</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match %1. Choose the one to load into the form.</source>
        <extracomment>%1 says what was searched for, e.g. the case number “1042”</extracomment>
        <translation>
            <numerusform>Casos encontrados para %1: %n. Selecione o caso a carregar no formulário.</numerusform>
            <numerusform>%n casos encontrados para %1. Selecione o caso a carregar no formulário.</numerusform>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Responsible</source>
        <extracomment>Column of the case chooser</extracomment>
        <translation>Responsável</translation>
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
        <translation>responsável</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solução</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
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
        <translation>operação</translation>
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
        <translation>responsável</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solução</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>campos personalizados</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>anexos</translation>
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
        <translation>ex.: 6074aaa0801374bbbbb781025ccc7d3</translation>
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
        <translation>Request, Complaints, Claims, Suggestions ou um tipo personalizado da operação</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>user@operation</source>
        <extracomment>Placeholder of the responsible field: the form of a wolkvox user&apos;s e-mail, a user name, @ and the operation name. Translate both words (usuario@operación, usuario@operação)</extracomment>
        <translation>usuário@operação</translation>
    </message>
    <message>
        <source>The responsible user&apos;s wolkvox e-mail (user@operation); the user must exist in the CRM</source>
        <translation>E-mail wolkvox do usuário responsável (usuário@operação); o usuário precisa existir no CRM</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A status that exists in the operation for this case type</source>
        <translation>Um status que exista na operação para este tipo de caso</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>A priority that exists in the operation for this case type</source>
        <translation>Uma prioridade que exista na operação para este tipo de caso</translation>
    </message>
    <message>
        <source>Solutio&amp;n:</source>
        <translation>So&amp;lução:</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>How the case was resolved; required when the status closes the case</source>
        <translation>Como o caso foi resolvido; obrigatória quando o status fecha o caso</translation>
    </message>
    <message>
        <source>How the case was resolved (required for a closed status)</source>
        <translation>Como o caso foi resolvido (obrigatória para um status fechado)</translation>
    </message>
    <message>
        <source>Solutio&amp;n (required):</source>
        <translation>So&amp;lução (obrigatória):</translation>
    </message>
    <message>
        <source>Required: the status “%1” closes the case. Describe how it was resolved.</source>
        <translation>Obrigatória: o status “%1” fecha o caso. Descreva como ele foi resolvido.</translation>
    </message>
    <message>
        <source>The record id of the case, as the CRM shows it; or a case number (digits only) to find the case with Load from CRM</source>
        <translation>O id de registro do caso, como o CRM o mostra; ou um número de caso (só dígitos) para encontrar o caso com Carregar do CRM</translation>
    </message>
    <message>
        <source>Load from CRM</source>
        <extracomment>Button: read the case from the CRM into the form. No mnemonic: it costs a call of the daily quota</extracomment>
        <translation>Carregar do CRM</translation>
    </message>
    <message>
        <source>Load the case from the CRM</source>
        <translation>Carregar o caso do CRM</translation>
    </message>
    <message>
        <source>About the wolkvox-id</source>
        <translation>Sobre o wolkvox-id</translation>
    </message>
    <message>
        <source>Read the case from the CRM and fill the form with its current values (%1, or Enter in the id field). Each read is one call of the daily quota.</source>
        <extracomment>Tooltip of Load from CRM; %1 is its shortcut, e.g. Ctrl+R</extracomment>
        <translation>Ler o caso no CRM e preencher o formulário com os valores atuais dele (%1, ou Enter no campo do id). Cada leitura é uma requisição da cota diária.</translation>
    </message>
    <message>
        <source>“%1” looks like a case number, not a wolkvox-id. Press “%2” to find its case.</source>
        <extracomment>%1 is the case number typed; %2 the name of the Load from CRM button</extracomment>
        <translation>“%1” parece um número de caso, não um wolkvox-id. Clique em “%2” para encontrar o caso.</translation>
    </message>
    <message>
        <source>A wolkvox-id has only the digits 0–9 and the letters a–f, and this one has other characters. Check it before sending; the CRM decides.</source>
        <translation>Um wolkvox-id tem só os dígitos 0–9 e as letras a–f, e este tem outros caracteres. Verifique-o antes de enviar; quem decide é o CRM.</translation>
    </message>
    <message>
        <source>Loaded empty</source>
        <extracomment>Beside a field changed since the case was loaded, when the CRM had no value in it</extracomment>
        <translation>Vazio ao carregar</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>Ao carregar: %1</translation>
    </message>
</context>
<context>
    <name>CaseLoader</name>
    <message>
        <source>Replace your changes?</source>
        <translation>Substituir as suas alterações?</translation>
    </message>
    <message>
        <source>The form has changes that were not sent. Loading the case from the CRM replaces them with the case&apos;s current values.</source>
        <translation>O formulário tem alterações que não foram enviadas. Carregar o caso do CRM as substitui pelos valores atuais do caso.</translation>
    </message>
    <message>
        <source>&amp;Load and replace</source>
        <translation>&amp;Carregar e substituir</translation>
    </message>
    <message>
        <source>No case found</source>
        <translation>Nenhum caso encontrado</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message>
        <source>The case could not be loaded</source>
        <translation>Não foi possível carregar o caso</translation>
    </message>
    <message>
        <source>No case was loaded</source>
        <translation>Nenhum caso foi carregado</translation>
    </message>
    <message>
        <source>You closed the list of cases without choosing one.</source>
        <translation>Você fechou a lista de casos sem selecionar nenhum.</translation>
    </message>
    <message>
        <source>Case %1 loaded from the CRM</source>
        <extracomment>%1 is the wolkvox-id</extracomment>
        <translation>Caso %1 carregado do CRM</translation>
    </message>
    <message>
        <source>Case %1 (%2) loaded from the CRM</source>
        <translation>Caso %1 (%2) carregado do CRM</translation>
    </message>
    <message>
        <source>As the CRM had it at %1. Correct what needs correcting: each field you change is marked, and the changes are listed above Update case.</source>
        <extracomment>%1 is the date and time the CRM answered</extracomment>
        <translation>Como estava no CRM em %1. Corrija o que for preciso: cada campo que você alterar fica marcado, e as alterações aparecem acima de Atualizar caso.</translation>
    </message>
</context>
<context>
    <name>CaseQuery</name>
    <message>
        <source>the wolkvox-id “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>o wolkvox-id “%1”</translation>
    </message>
    <message>
        <source>the case number “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>o número de caso “%1”</translation>
    </message>
    <message>
        <source>the status “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>o status “%1”</translation>
    </message>
    <message>
        <source>the priority “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>a prioridade “%1”</translation>
    </message>
    <message>
        <source>the case type “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>o tipo de caso “%1”</translation>
    </message>
    <message>
        <source>the responsible “%1”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>o responsável “%1”</translation>
    </message>
    <message>
        <source>“%1” in the field “%2”</source>
        <extracomment>Completes “The CRM has no case with %1 in this operation.” and “%n cases match %1.”</extracomment>
        <translation>“%1” no campo “%2”</translation>
    </message>
</context>
<context>
    <name>CaseQueryResult</name>
    <message>
        <source>the search</source>
        <translation>a pesquisa</translation>
    </message>
    <message>
        <source>The CRM has no case with %1 in this operation.</source>
        <translation>O CRM não tem nenhum caso com %1 nesta operação.</translation>
    </message>
    <message>
        <source>The CRM has the case %1.</source>
        <translation>O CRM tem o caso %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases match %1.</source>
        <translation>
            <numerusform>%n caso corresponde a %1.</numerusform>
            <numerusform>%n casos correspondem a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled reading the case. Nothing was changed.</source>
        <translation>Você cancelou a leitura do caso. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try again, or raise the timeout in Settings.</source>
        <translation>O CRM parou de responder, então a leitura do caso foi abandonada. Nada foi alterado; tente de novo ou aumente o tempo limite em Configurações.</translation>
    </message>
    <message>
        <source>Nothing was sent: the search is not complete.</source>
        <translation>Nada foi enviado: a pesquisa não está completa.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty page instead of the case. Nothing was changed; try again.</source>
        <translation>O servidor respondeu HTTP %1 com uma página vazia em vez do caso. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the case; a proxy or the CRM itself is having trouble. Nothing was changed; try again later.</source>
        <translation>O servidor respondeu HTTP %1 com uma página web em vez do caso; um proxy ou o próprio CRM está com problemas. Nada foi alterado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was cut off; it is not the CRM&apos;s answer. Nothing was changed.</source>
        <translation>A resposta do servidor passou de %1 e foi cortada; não é a resposta do CRM. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but the answer is incomplete or holds no case Casedesk can read. Nothing was changed; try again.</source>
        <translation>O servidor respondeu HTTP %1, mas a resposta está incompleta ou não contém nenhum caso que o Casedesk consiga ler. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The server tried to send the request to another address (%1). Casedesk does not follow it, so your token stays private. Check the server address.</source>
        <translation>O servidor tentou enviar a requisição para outro endereço (%1). O Casedesk não segue esse redirecionamento, para que o seu token continue protegido. Verifique o endereço do servidor.</translation>
    </message>
    <message>
        <source>The connection to the server broke off before it answered. Nothing was changed; try again.</source>
        <translation>A conexão com o servidor caiu antes de ele responder. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <source>The CRM allows only two requests at a time per token. Wait for the other request to finish and try again.</source>
        <translation>O CRM permite só duas requisições simultâneas por token. Aguarde a outra requisição terminar e tente de novo.</translation>
    </message>
    <message>
        <source>The CRM says the search is incomplete: it needs the operation, the field to search by and a value.</source>
        <translation>O CRM informa que a pesquisa está incompleta: ela precisa da operação, do campo de pesquisa e de um valor.</translation>
    </message>
    <message>
        <source>The CRM refused the search: %1</source>
        <translation>O CRM recusou a pesquisa: %1</translation>
    </message>
    <message>
        <source>The CRM refused the search (HTTP %1, code %2).</source>
        <extracomment>%1 is the HTTP status, %2 the CRM&apos;s own code</extracomment>
        <translation>O CRM recusou a pesquisa (HTTP %1, código %2).</translation>
    </message>
    <message>
        <source>The case could not be read: the connection to the server failed. Nothing was changed; check the server address and your network, then try again.</source>
        <translation>Não foi possível ler o caso: a conexão com o servidor falhou. Nada foi alterado; verifique o endereço do servidor e a sua rede e tente novamente.</translation>
    </message>
    <message>
        <source>The CRM refused the search (HTTP %1, without a code of its own).</source>
        <extracomment>%1 is the HTTP status; the CRM&apos;s answer had no code of its own</extracomment>
        <translation>O CRM recusou a pesquisa (HTTP %1, sem um código próprio).</translation>
    </message>
    <message>
        <source>The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try again, or raise --timeout.</source>
        <translation>O CRM parou de responder, então a leitura do caso foi abandonada. Nada foi alterado; tente de novo ou aumente --timeout.</translation>
    </message>
</context>
<context>
    <name>CaseReader</name>
    <message>
        <source>The CRM answered other cases than %1.</source>
        <translation>O CRM respondeu com casos diferentes de %1.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM answered %n cases with the wolkvox-id %1.</source>
        <translation>
            <numerusform>O CRM respondeu %n caso com o wolkvox-id %1.</numerusform>
            <numerusform>O CRM respondeu %n casos com o wolkvox-id %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesClient</name>
    <message>
        <source>the attachment “%1” cannot be read (%2).</source>
        <translation>não é possível ler o anexo “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Case id (wolkvox-id)</source>
        <translation>Id do caso (wolkvox-id)</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Attachments (paths separated by |)</source>
        <translation>Anexos (caminhos separados por |)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
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
        <translation>A coluna %1 (“%2”) é um campo personalizado sem nome.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both fill the custom field “%3”; ignore one or rename it.</source>
        <translation>As colunas %1 e %2 preenchem o mesmo campo personalizado “%3”; ignore uma delas ou renomeie-a.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>(empty)</source>
        <extracomment>The sample of a column whose first cells are all empty</extracomment>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of a custom field name for a column that is not a custom field</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Casedesk recognised this column from its name.</source>
        <translation>O Casedesk reconheceu esta coluna pelo nome.</translation>
    </message>
    <message>
        <source>Casedesk did not recognise this name: choose what the column fills.</source>
        <translation>O Casedesk não reconheceu este nome: selecione o que a coluna preenche.</translation>
    </message>
    <message>
        <source>Every cell of this column is empty.</source>
        <translation>Todas as células desta coluna estão vazias.</translation>
    </message>
    <message>
        <source>First values: %1</source>
        <translation>Primeiros valores: %1</translation>
    </message>
    <message>
        <source>What this column fills in each update. “Custom field” sends it in the form JSON; “Ignored” does not send it.</source>
        <translation>O que esta coluna preenche em cada atualização. “Campo personalizado” a envia no JSON de form; “Ignorada” não a envia.</translation>
    </message>
    <message>
        <source>The name of the custom field in the form JSON. Double-click or press F2 to change it.</source>
        <translation>O nome do campo personalizado no JSON de form. Clique duas vezes ou pressione F2 para alterá-lo.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>Column of the mapping table: the name of a column of the file</extracomment>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Sample value</source>
        <extracomment>Column of the mapping table: a value of that column, as an example</extracomment>
        <translation>Valor de exemplo</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <extracomment>Column of the mapping table: the name a custom field is sent under</extracomment>
        <translation>Nome do campo personalizado</translation>
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
        <translation>Campo preenchido pela coluna “%1”</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Não é possível ler o arquivo do token %1: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>O arquivo do token %1 está vazio.</translation>
    </message>
    <message>
        <source>No token: set WOLKVOX_TOKEN or pass --token-file PATH.</source>
        <translation>Sem token: defina WOLKVOX_TOKEN ou use --token-file PATH.</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Enviando %1 de %2</translation>
    </message>
    <message>
        <source>CRM server host or URL, e.g. crm0001.wolkvox.com.</source>
        <translation>Host ou URL do servidor do CRM, por exemplo crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>The CRM operation (tenant) name.</source>
        <translation>Nome da operação (instância) do CRM.</translation>
    </message>
    <message>
        <source>Read the Wolkvox-Token from the first line of PATH (default: the WOLKVOX_TOKEN environment variable).</source>
        <translation>Ler o Wolkvox-Token da primeira linha de PATH (padrão: a variável de ambiente WOLKVOX_TOKEN).</translation>
    </message>
    <message>
        <source>Abandon the transfer after SECONDS without progress (default %1).</source>
        <translation>Abandonar a transferência após SECONDS sem progresso (padrão: %1).</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from 1 to 86400.</source>
        <translation>--timeout exige um número inteiro de segundos entre 1 e 86400.</translation>
    </message>
    <message>
        <source>Update one wolkvox CRM case.</source>
        <translation>Atualiza um caso do CRM wolkvox.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>The case&apos;s wolkvox-id.</source>
        <translation>O wolkvox-id do caso.</translation>
    </message>
    <message>
        <source>Case type: Request, Complaints, Claims, Suggestions or a custom one.</source>
        <translation>Tipo de caso: Request, Complaints, Claims, Suggestions ou um personalizado.</translation>
    </message>
    <message>
        <source>Responsible user&apos;s wolkvox e-mail (user@operation).</source>
        <translation>E-mail wolkvox do usuário responsável (usuário@operação).</translation>
    </message>
    <message>
        <source>Status, as configured in the operation.</source>
        <translation>Status, conforme configurado na operação.</translation>
    </message>
    <message>
        <source>Priority, as configured in the operation.</source>
        <translation>Prioridade, conforme configurada na operação.</translation>
    </message>
    <message>
        <source>The solution; required when the status is a closed one.</source>
        <translation>A solução; obrigatória com um status fechado.</translation>
    </message>
    <message>
        <source>A custom field for the form JSON; repeat for more, order is kept.</source>
        <translation>Um campo personalizado para o JSON de form; repita para incluir mais, a ordem é mantida.</translation>
    </message>
    <message>
        <source>Attach a file; repeat for more.</source>
        <translation>Anexar um arquivo; repita para anexar mais.</translation>
    </message>
    <message>
        <source>A status that closes cases; repeat for more (default: %1).</source>
        <translation>Um status que fecha casos; repita para incluir mais (padrão: %1).</translation>
    </message>
    <message>
        <source>Name of the attachment part: file (default), files or file[].</source>
        <translation>Nome do campo de anexos: file (padrão), files ou file[].</translation>
    </message>
    <message>
        <source>Largest attachment allowed, in bytes (default %1).</source>
        <translation>Tamanho máximo permitido por anexo, em bytes (padrão: %1).</translation>
    </message>
    <message>
        <source>--file-field must be file, files or file[].</source>
        <translation>--file-field deve ser file, files ou file[].</translation>
    </message>
    <message>
        <source>--max-file-size takes a number of bytes.</source>
        <translation>--max-file-size exige um número de bytes.</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, not “%1”.</source>
        <translation>--field exige NAME=VALUE, não “%1”.</translation>
    </message>
    <message>
        <source>Show the token&apos;s daily quota. This costs one call.</source>
        <translation>Mostra a cota diária do token. Consome uma requisição.</translation>
    </message>
    <message>
        <source>--operation is required.</source>
        <translation>--operation é obrigatório.</translation>
    </message>
    <message>
        <source>The token is never taken from the command line, where other users can see it. Set WOLKVOX_TOKEN or use --token-file PATH.</source>
        <translation>O token nunca é lido da linha de comando, onde outros usuários podem vê-lo. Defina WOLKVOX_TOKEN ou use --token-file PATH.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run casedesk-cli --help.</source>
        <translation>Comando desconhecido: “%1”. Execute casedesk-cli --help.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a company&apos;s private CA). Certificate errors are never ignored.</source>
        <translation>Confiar também nas autoridades certificadoras deste arquivo PEM (a CA privada de uma empresa). Erros de certificado nunca são ignorados.</translation>
    </message>
    <message>
        <source>How several attachments travel: auto (default: under file or files one update per file, with the same fields, one call of the quota each, because the CRM&apos;s PHP keeps only the last file of a plain part name; under file[] one request), one-per-file, or one-request (every file in one request: under file or files only the last one arrives, and the outcome is “incomplete”).</source>
        <translation>Como vários anexos são enviados: auto (padrão: com file ou files, uma atualização por arquivo, com os mesmos campos, uma requisição da cota cada, porque o PHP do CRM mantém só o último arquivo de um nome de campo simples; com file[], uma requisição), one-per-file, ou one-request (todos os arquivos em uma requisição: com file ou files só o último chega, e o resultado é “incompleto”).</translation>
    </message>
    <message>
        <source>--attachments must be auto, one-per-file or one-request, not “%1”.</source>
        <translation>--attachments deve ser auto, one-per-file ou one-request, não “%1”.</translation>
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
  update      Atualiza um caso por meio de cases/update.php.
  show        Mostra um caso como está agora no CRM (cases/queryCases.php).
  batch       Atualiza muitos casos a partir de um arquivo CSV, com verificação prévia e retomada.
  token-info  Mostra a cota diária do token (custa uma requisição).

O token é lido da variável de ambiente WOLKVOX_TOKEN ou de --token-file PATH,
nunca da linha de comando.

update imprime a resposta interpretada como um objeto JSON na saída padrão:
  {&quot;http&quot;:200,&quot;code&quot;:200,&quot;error&quot;:null,&quot;msg&quot;:&quot;...&quot;,&quot;wolkvox_id&quot;:&quot;...&quot;,&quot;outcome&quot;:&quot;success&quot;,
   &quot;requests&quot;:[...],&quot;delivered&quot;:[...],&quot;not_sent&quot;:[...]}
outcome é um destes valores: success, rejected, network_failure, timeout, cancelled,
unreadable_answer, invalid_input, incomplete; &quot;requests&quot; contém a resposta de cada requisição
e os arquivos que ela levou. As mensagens para pessoas vão para a saída de erro padrão.

Códigos de saída de update, show e token-info:
  0  o caso foi atualizado (show: encontrado)
  1  o CRM rejeitou a atualização (show: o caso não existe; update --if-unchanged: o caso
     mudou desde então, nada foi enviado)
  2  entrada inválida; nada foi enviado
  3  falha de rede, tempo esgotado, falha de TLS ou resposta ilegível
  4  o CRM atualizou o caso, mas certamente não guardou todos os anexos (--attachments
     one-request com file ou files)
Quando uma atualização vai como uma requisição por arquivo e uma falha, o código de saída é o
dessa requisição, e a saída de erro padrão informa quais arquivos foram entregues e quais não
foram enviados.
show imprime o caso como um objeto JSON (--id), ou um array JSON de casos (--case-number).
update --from-crm e --if-unchanged leem o caso primeiro: duas requisições da cota.
batch usa os mesmos códigos para as linhas, e 4 quando parou antes do fim
(veja &apos;casedesk-cli batch --help&apos;).

Execute &apos;casedesk-cli COMMAND --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Sending update %1 of %2 (%3)…</source>
        <translation>Enviando a atualização %1 de %2 (%3)…</translation>
    </message>
    <message>
        <source>Read the case first (one more call of the quota) and take every required field not given (case type, responsible, status, priority, and the solution) from the case as the CRM has it now. Custom fields not given keep the CRM&apos;s values anyway.</source>
        <translation>Ler primeiro o caso (uma requisição a mais da cota) e obter do caso, como está agora no CRM, todo campo obrigatório não informado (tipo de caso, responsável, status, prioridade e a solução). Os campos personalizados não informados mantêm os valores do CRM de qualquer forma.</translation>
    </message>
    <message>
        <source>Read the case first (one more call of the quota) and send nothing, exiting with 1, unless every --expect still holds.</source>
        <translation>Ler primeiro o caso (uma requisição a mais da cota) e não enviar nada, saindo com 1, a menos que todos os --expect ainda sejam válidos.</translation>
    </message>
    <message>
        <source>With --if-unchanged: the value FIELD must still have in the CRM; FIELD is case-type, responsible, status, priority, solution or form:NAME. Repeat for more.</source>
        <translation>Com --if-unchanged: o valor que FIELD ainda deve ter no CRM; FIELD é case-type, responsible, status, priority, solution ou form:NAME. Repita para incluir mais.</translation>
    </message>
    <message>
        <source>Record each request as an attempt in this history file (the window&apos;s is %1), with the files it carried; by default nothing is recorded.</source>
        <translation>Registrar cada requisição como uma tentativa neste arquivo de histórico (o da janela é %1), com os arquivos que ela levou; por padrão nada é registrado.</translation>
    </message>
    <message>
        <source>--expect takes FIELD=VALUE with FIELD one of case-type, responsible, status, priority, solution or form:NAME, not “%1”.</source>
        <translation>--expect recebe FIELD=VALUE, com FIELD igual a case-type, responsible, status, priority, solution ou form:NAME, não “%1”.</translation>
    </message>
    <message>
        <source>--expect only works with --if-unchanged.</source>
        <translation>--expect só funciona com --if-unchanged.</translation>
    </message>
    <message>
        <source>--if-unchanged needs at least one --expect FIELD=VALUE.</source>
        <translation>--if-unchanged precisa de pelo menos um --expect FIELD=VALUE.</translation>
    </message>
    <message>
        <source>%1: expected “%2”, the CRM has “%3”.</source>
        <translation>%1: esperado “%2”, o CRM tem “%3”.</translation>
    </message>
    <message>
        <source>%1: expected “%2”, the CRM&apos;s answer does not show it.</source>
        <translation>%1: esperado “%2”, a resposta do CRM não mostra isso.</translation>
    </message>
    <message>
        <source>The case changed since you looked at it; nothing was sent.</source>
        <translation>O caso mudou desde que você o consultou; nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>O CRM tem os campos e %n arquivo das atualizações anteriores: %1.</numerusform>
            <numerusform>O CRM tem os campos e %n arquivos das atualizações anteriores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n arquivo não foi enviado: %1.</numerusform>
            <numerusform>%n arquivos não foram enviados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not record this attempt: %1</source>
        <translation>O histórico não conseguiu registrar esta tentativa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 calls left today; the count restarts at %2.</source>
        <extracomment>%Ln calls are left of the token&apos;s daily %1; %2 is a date and time</extracomment>
        <translation>
            <numerusform>Requisições restantes hoje: %Ln de %1; a contagem reinicia em %2.</numerusform>
            <numerusform>Requisições restantes hoje: %Ln de %1; a contagem reinicia em %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed the case</source>
        <translation>Outra pessoa alterou o caso</translation>
    </message>
    <message>
        <source>Fields changed since the case was loaded</source>
        <translation>Campos alterados desde que o caso foi carregado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>In the conflict dialog, for a field with no value</extracomment>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>&amp;Keep their changes</source>
        <extracomment>Conflict dialog button: send my changes on top of what the other person changed</extracomment>
        <translation>&amp;Manter alterações alheias</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <extracomment>Conflict dialog button: send the form as it is, undoing what the other person changed</extracomment>
        <translation>&amp;Sobrescrever com as minhas</translation>
    </message>
    <message>
        <source>Case %1 changed in the CRM since you loaded it. Nothing has been sent yet.</source>
        <translation>O caso %1 foi alterado no CRM depois que você o carregou. Nada foi enviado ainda.</translation>
    </message>
    <message>
        <source>Case %1 changed in the CRM since you loaded it at %2. Nothing has been sent yet.</source>
        <extracomment>%1 is the wolkvox-id; %2 the date and time the case was loaded</extracomment>
        <translation>O caso %1 foi alterado no CRM depois que você o carregou, em %2. Nada foi enviado ainda.</translation>
    </message>
    <message numerus="yes">
        <source>You and someone else both changed %n field(s), marked below.</source>
        <translation>
            <numerusform>Você e outra pessoa alteraram %n campo, marcado abaixo.</numerusform>
            <numerusform>Você e outra pessoa alteraram %n campos, marcados abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep their changes: the fields only they changed keep their values, yours go on top, and where you both changed a field theirs stays. Overwrite with mine: the case gets the form exactly as it is, undoing their changes. Cancel: nothing is sent.</source>
        <translation>Manter alterações alheias: os campos que só a outra pessoa alterou mantêm os valores dela, as suas alterações vão por cima e, onde vocês dois alteraram o mesmo campo, fica o valor dela. Sobrescrever com as minhas: o caso recebe o formulário exatamente como está, desfazendo as alterações dela. Cancelar: nada é enviado.</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Conflict dialog column: the field&apos;s name</extracomment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you loaded it</source>
        <extracomment>Conflict dialog column: the value when the agent loaded the case</extracomment>
        <translation>Quando você carregou</translation>
    </message>
    <message>
        <source>In the CRM now</source>
        <extracomment>Conflict dialog column: the value the CRM has now, after someone else&apos;s change</extracomment>
        <translation>No CRM agora</translation>
    </message>
    <message>
        <source>Yours, to send</source>
        <extracomment>Conflict dialog column: the value the agent is about to send</extracomment>
        <translation>Sua versão (a enviar)</translation>
    </message>
    <message>
        <source>Both you and someone else changed this field.</source>
        <extracomment>Tooltip of a field both the agent and someone else changed</extracomment>
        <translation>Você e outra pessoa alteraram este campo.</translation>
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
        <translation>A conexão salva: servidor, operação, configurações e valores padrão do formulário</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>Button that opens the menu of profile actions (new, rename, delete, import, export)</extracomment>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Ações de perfil</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Servi&amp;dor:</translation>
    </message>
    <message>
        <source>CRM server</source>
        <translation>Servidor do CRM</translation>
    </message>
    <message>
        <source>The host in the CRM&apos;s address bar after logging in, for example crm0001.wolkvox.com</source>
        <translation>O host que aparece na barra de endereços do CRM depois de fazer login, por exemplo crm0001.wolkvox.com</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operação:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>e.g. modulodeprueba</source>
        <extracomment>Placeholder of the operation field; modulodeprueba is the vendor&apos;s demo operation, keep it as it is</extracomment>
        <translation>ex.: modulodeprueba</translation>
    </message>
    <message>
        <source>The CRM operation (tenant) whose case you correct</source>
        <translation>A operação (instância) do CRM à qual o caso pertence</translation>
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
        <translation>O Wolkvox-Token da operação. Ele fica guardado no chaveiro do sistema, nunca em um arquivo ou log.</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar ou ocultar o token</translation>
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
        <translation>Perguntar ao CRM se o token funciona e quantas requisições restam hoje (consome uma requisição)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>The profiles could not be saved</source>
        <translation>Não foi possível salvar os perfis</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept only until Casedesk closes.</source>
        <translation>Nenhum chaveiro do sistema está disponível: o token fica guardado só até o Casedesk ser fechado.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The connection status while Test connection waits for the CRM</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Connected; the CRM did not report the quota.</source>
        <translation>Conectado; o CRM não informou a cota.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>The connection status after a failed Test connection</extracomment>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>O teste de conexão falhou</translation>
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
            <numerusform>Conectado · requisições restantes hoje: %Ln de %1</numerusform>
            <numerusform>Conectado · requisições restantes hoje: %Ln de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily count of calls restarts at %1.</source>
        <translation>Reinício da contagem diária de requisições: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A profile without a name was skipped.</source>
        <translation>Um perfil sem nome foi ignorado.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be text; it was left empty.</source>
        <translation>Perfil “%1”: “%2” deve ser texto; ficou vazio.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be a list of texts; the default was kept.</source>
        <translation>Perfil “%1”: “%2” deve ser uma lista de textos; o valor padrão foi mantido.</translation>
    </message>
    <message>
        <source>Profile “%1”: the file holds a token; it was ignored. Tokens are kept only in the system keychain: enter it in the connection bar.</source>
        <translation>Perfil “%1”: o arquivo contém um token, que foi ignorado. Os tokens ficam somente no chaveiro do sistema: informe-o na barra de conexão.</translation>
    </message>
    <message>
        <source>Profile “%1” was skipped: its server “%2” is not usable (%3).</source>
        <translation>O perfil “%1” foi ignorado: o servidor “%2” não pode ser usado (%3).</translation>
    </message>
    <message>
        <source>Profile “%1”: the timeout must be a whole number of seconds from 1 to %2; %3 s was kept.</source>
        <translation>Perfil “%1”: o tempo limite deve ser um número inteiro de segundos entre 1 e %2; foi mantido o valor de %3 s.</translation>
    </message>
    <message>
        <source>Profile “%1”: the attachment size limit must be a positive number of bytes; the default was kept.</source>
        <translation>Perfil “%1”: o limite de tamanho dos anexos deve ser um número positivo de bytes; o valor padrão foi mantido.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not a way of sending attachments Casedesk knows; the default was kept.</source>
        <translation>Perfil “%1”: “%2” não é uma forma de enviar anexos que o Casedesk conheça; o valor padrão foi mantido.</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” must be true or false; the default was kept.</source>
        <translation>Perfil “%1”: “%2” deve ser true ou false; o valor padrão foi mantido.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed, so the rest of the file would be read as one cell. Check the quotes on that line.</source>
        <translation>As aspas abertas na linha %1 nunca são fechadas, então o restante do arquivo seria lido como uma única célula. Verifique as aspas dessa linha.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3.</source>
        <translation>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n célula, mas o cabeçalho tem %3.</numerusform>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n células, mas o cabeçalho tem %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (line %2): cell %3 has text after its closing quote. A quote inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Linha %1 (linha %2 do arquivo): a célula %3 tem texto depois das aspas de fechamento. Aspas dentro de uma célula entre aspas devem ser duplicadas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header; it is called “%2”.</source>
        <translation>A coluna %1 não tem nome no cabeçalho; ela será chamada de “%2”.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 have the same name, “%3”.</source>
        <translation>As colunas %1 e %2 têm o mesmo nome: “%3”.</translation>
    </message>
    <message>
        <source>The file has a header line but no rows of cases.</source>
        <translation>O arquivo tem cabeçalho, mas nenhuma linha de casos.</translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller batches.</source>
        <translation>O arquivo é maior que %1; divida-o em lotes menores.</translation>
    </message>
    <message>
        <source>This is not a text file (line %1 holds a zero byte). Export the sheet as CSV and import that file.</source>
        <translation>Este não é um arquivo de texto (a linha %1 contém um byte nulo). Exporte a planilha como CSV e importe esse arquivo.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text (byte 0x%2 at position %3); the file is probably Latin-1 or Windows-1252. Nothing was imported: save the file as “CSV UTF-8” and import it again.</source>
        <translation>A linha %1 não é texto UTF-8 (byte 0x%2 na posição %3); provavelmente o arquivo está em Latin-1 ou Windows-1252. Nada foi importado: salve o arquivo como “CSV UTF-8” e importe-o novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2) has %n cell(s), but the header has %3. The “%4” cell seems to hold a “%5” that is not inside quotes (“%6”): put double quotes around that cell, or save the file with another separator.</source>
        <translation>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n célula, mas o cabeçalho tem %3. A célula “%4” parece conter um “%5” que não está entre aspas (“%6”): coloque aspas duplas em volta dessa célula ou salve o arquivo com outro separador.</numerusform>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n células, mas o cabeçalho tem %3. A célula “%4” parece conter um “%5” que não está entre aspas (“%6”): coloque aspas duplas em volta dessa célula ou salve o arquivo com outro separador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldParser</name>
    <message>
        <source>Paste a JSON object such as {&quot;name&quot;: &quot;value&quot;}, not a list.</source>
        <translation>Cole um objeto JSON como {&quot;name&quot;: &quot;value&quot;}, não uma lista.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no field name; it was left out.</source>
        <translation>A linha %1 tem um valor, mas não tem nome de campo; foi ignorada.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; only the first two (name and value) were used.</source>
        <translation>A linha %1 tem %2 colunas; só as duas primeiras (nome e valor) foram usadas.</translation>
    </message>
    <message>
        <source>The pasted JSON is not valid at character %1: %2</source>
        <translation>O JSON colado não é válido no caractere %1: %2</translation>
    </message>
    <message>
        <source>expected “{”.</source>
        <translation>era esperado “{”.</translation>
    </message>
    <message>
        <source>expected a field name in double quotes.</source>
        <translation>era esperado um nome de campo entre aspas duplas.</translation>
    </message>
    <message>
        <source>a text is not closed or has an invalid escape.</source>
        <translation>há um texto não fechado ou com uma sequência de escape inválida.</translation>
    </message>
    <message>
        <source>expected “:” after “%1”.</source>
        <translation>era esperado “:” depois de “%1”.</translation>
    </message>
    <message>
        <source>the value of “%1” is not closed.</source>
        <translation>o valor de “%1” não está fechado.</translation>
    </message>
    <message>
        <source>the value of “%1” is not valid JSON.</source>
        <translation>o valor de “%1” não é um JSON válido.</translation>
    </message>
    <message>
        <source>The value of “%1” is not text; it was kept as JSON text.</source>
        <translation>O valor de “%1” não é texto; foi mantido como texto JSON.</translation>
    </message>
    <message>
        <source>the value of “%1” is not a JSON value.</source>
        <translation>o valor de “%1” não é um valor JSON.</translation>
    </message>
    <message>
        <source>expected “,” or “}” after the value of “%1”.</source>
        <translation>era esperado “,” ou “}” depois do valor de “%1”.</translation>
    </message>
    <message>
        <source>there is more text after the closing “}”.</source>
        <translation>há mais texto depois da “}” final.</translation>
    </message>
    <message>
        <source>The field at character %1 has no name; it was left out.</source>
        <translation>O campo no caractere %1 não tem nome; ele foi omitido.</translation>
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
        <translation>Adicionar campo</translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation>Duplicar campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Remover campo</translation>
    </message>
    <message>
        <source>Move field up</source>
        <translation>Mover campo para cima</translation>
    </message>
    <message>
        <source>Move field down</source>
        <translation>Mover campo para baixo</translation>
    </message>
    <message>
        <source>Paste fields</source>
        <translation>Colar campos</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Name and value of each custom field, sent in this order</source>
        <translation>Nome e valor de cada campo personalizado, enviados nesta ordem</translation>
    </message>
    <message>
        <source>Form &amp;JSON as sent:</source>
        <translation>&amp;JSON de form a enviar:</translation>
    </message>
    <message>
        <source>Form JSON as sent</source>
        <translation>JSON de form a enviar</translation>
    </message>
    <message>
        <source>The exact form field that will be sent</source>
        <translation>O campo form exato que será enviado</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Adicionar campo</translation>
    </message>
    <message>
        <source>&amp;Duplicate field</source>
        <translation>&amp;Duplicar campo</translation>
    </message>
    <message>
        <source>&amp;Remove fields</source>
        <translation>&amp;Remover campos</translation>
    </message>
    <message>
        <source>&amp;Paste fields</source>
        <translation>&amp;Colar campos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Mover para cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada para colar</translation>
    </message>
    <message>
        <source>Copy two columns (name and value) from a spreadsheet, or a JSON object, then paste again.</source>
        <translation>Copie duas colunas (nome e valor) de uma planilha, ou um objeto JSON, e cole novamente.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Nada foi colado</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n field(s), with remarks</source>
        <translation>
            <numerusform>%n campo colado, com observações</numerusform>
            <numerusform>%n campos colados, com observações</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the case as loaded, or empty there</source>
        <translation>Não estava no caso ao carregar, ou estava vazio</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>Ao carregar: %1</translation>
    </message>
    <message>
        <source>Add a field (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Adicionar um campo (%1)</translation>
    </message>
    <message>
        <source>Duplicate the selected field (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Duplicar o campo selecionado (%1)</translation>
    </message>
    <message>
        <source>Remove the selected fields (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Remover os campos selecionados (%1)</translation>
    </message>
    <message>
        <source>Move the selected field up (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Mover o campo selecionado para cima (%1)</translation>
    </message>
    <message>
        <source>Move the selected field down (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Mover o campo selecionado para baixo (%1)</translation>
    </message>
    <message>
        <source>Paste fields copied from a spreadsheet (name and value columns) or a JSON object (%1)</source>
        <extracomment>%1 is the key that does the same</extracomment>
        <translation>Colar campos copiados de uma planilha (colunas de nome e valor) ou de um objeto JSON (%1)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
            <numerusform>%n arquivo em uma requisição com o nome de campo “%1”: o CRM mantém só o último, %2. Selecione “Uma atualização por arquivo” em Configurações para entregar todos.</numerusform>
            <numerusform>%n arquivos em uma requisição com o nome de campo “%1”: o CRM mantém só o último, %2. Selecione “Uma atualização por arquivo” em Configurações para entregar todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): sent as %n updates of the same fields, one file each, so that the CRM keeps every file. Each update is one call of the daily quota.</source>
        <extracomment>%n is both the number of files and of updates: one update carries one file</extracomment>
        <translation>
            <numerusform>%n arquivo: enviado como %n atualização dos mesmos campos, um arquivo em cada, para que o CRM mantenha todos os arquivos. Cada atualização é uma requisição da cota diária.</numerusform>
            <numerusform>%n arquivos: enviados como %n atualizações dos mesmos campos, um arquivo em cada, para que o CRM mantenha todos os arquivos. Cada atualização é uma requisição da cota diária.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in one request under the part name “%1”: the CRM keeps only the last one, %2. Pass --attachments one-per-file to deliver them all.</source>
        <translation>
            <numerusform>%n arquivo em uma requisição com o nome de campo “%1”: o CRM mantém só o último, %2. Use --attachments one-per-file para entregar todos.</numerusform>
            <numerusform>%n arquivos em uma requisição com o nome de campo “%1”: o CRM mantém só o último, %2. Use --attachments one-per-file para entregar todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>Não foi possível salvar o rascunho</translation>
    </message>
    <message>
        <source>Unsent case</source>
        <translation>Caso não enviado</translation>
    </message>
    <message>
        <source>Restore the unsent case from %1?</source>
        <translation>Restaurar o caso não enviado de %1?</translation>
    </message>
    <message>
        <source>Case %1 was being edited when Casedesk stopped.</source>
        <translation>O caso %1 estava sendo editado quando o Casedesk parou.</translation>
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
        <translation>Não foi possível salvar o rascunho em %1: %2</translation>
    </message>
    <message>
        <source>The draft in %1 cannot be read: %2</source>
        <translation>Não é possível ler o rascunho em %1: %2</translation>
    </message>
    <message>
        <source>The draft in %1 is damaged and cannot be restored.</source>
        <translation>O rascunho em %1 está danificado e não pode ser restaurado.</translation>
    </message>
    <message>
        <source>The draft was saved by a newer version of Casedesk and cannot be restored.</source>
        <translation>O rascunho foi salvo por uma versão mais recente do Casedesk e não pode ser restaurado.</translation>
    </message>
    <message>
        <source>The draft %1 could not be removed: %2</source>
        <translation>Não foi possível remover o rascunho %1: %2</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled.</source>
        <translation>O cálculo do hash de %1 foi cancelado.</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite); the history cannot be kept.</source>
        <translation>O driver SQLite do Qt não está instalado (pacote Debian libqt6sql6-sqlite); não é possível manter o histórico.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; the history cannot be kept.</source>
        <translation>Não é possível criar a pasta %1; o histórico não pode ser mantido.</translation>
    </message>
    <message>
        <source>The history file %1 is a folder.</source>
        <translation>O arquivo de histórico %1 é uma pasta.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Casedesk (schema %2; this version reads up to %3). Update Casedesk to see it.</source>
        <translation>O arquivo de histórico %1 foi gravado por uma versão mais recente do Casedesk (esquema %2; esta versão lê até o %3). Atualize o Casedesk para vê-lo.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space; what was already saved is intact.</source>
        <translation>O disco está cheio e o histórico não pôde ser salvo. Libere espaço; o que já foi salvo continua intacto.</translation>
    </message>
    <message>
        <source>The history file cannot be written (%1). Check that its folder is writable and the disk is working.</source>
        <translation>Não é possível gravar o arquivo de histórico (%1). Verifique se a pasta dele permite gravação e se o disco está funcionando.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a Casedesk history (%1).</source>
        <translation>O arquivo de histórico está danificado ou não é um histórico do Casedesk (%1).</translation>
    </message>
    <message>
        <source>The history is in use by another program; try again in a moment.</source>
        <translation>O histórico está sendo usado por outro programa; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The history could not be read or saved: %1</source>
        <translation>Não foi possível ler ou salvar o histórico: %1</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>This history is kept in memory only and cannot be exported.</source>
        <translation>Este histórico é mantido só na memória e não pode ser exportado.</translation>
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
        <translation>Nenhuma resposta chegou; verifique o caso no CRM.</translation>
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
        <translation>O Casedesk parou antes de o CRM responder (foi fechado ou travou). A atualização pode ter sido aplicada ou não; verifique o caso no CRM.</translation>
    </message>
    <message>
        <source>Waiting for the CRM&apos;s answer…</source>
        <translation>Aguardando a resposta do CRM…</translation>
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
        <translation>Operação</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interrupted — check the case</source>
        <translation>Interrompido: verifique o caso</translation>
    </message>
    <message>
        <source>Sent by bulk correction %1, from row %2 of its file.</source>
        <translation>Enviado pela correção em massa %1, com a linha %2 do arquivo.</translation>
    </message>
    <message>
        <source>Sent from the form, not by a bulk correction.</source>
        <translation>Enviado pelo formulário, não por uma correção em massa.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>%1 · row %2</source>
        <translation>%1 · linha %2</translation>
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
        <translation>Histórico de tentativas de atualização</translation>
    </message>
    <message>
        <source>Selected attempt</source>
        <translation>Tentativa selecionada</translation>
    </message>
    <message>
        <source>Details of the selected attempt</source>
        <translation>Detalhes da tentativa selecionada</translation>
    </message>
    <message>
        <source>Select an attempt to see the CRM&apos;s answer and what was sent.</source>
        <translation>Selecione uma tentativa para ver a resposta do CRM e o que foi enviado.</translation>
    </message>
    <message>
        <source>&amp;Load into form</source>
        <translation>Carregar no &amp;formulário</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Casedesk stopped before the CRM answered. The update may or may not have been applied; check the case in the CRM.</source>
        <translation>O Casedesk parou antes de o CRM responder. A atualização pode ter sido aplicada ou não; verifique o caso no CRM.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the HTTP status or the code in an attempt&apos;s details when the answer had none</extracomment>
        <translation>nenhum</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Resposta bruta</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sem corpo)</translation>
    </message>
    <message>
        <source>Sent (the token is never stored)</source>
        <translation>Enviado (o token nunca é armazenado)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>anexo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… mais %1 não exibidos</translation>
    </message>
    <message>
        <source>… the rest is not shown</source>
        <translation>… o restante não é exibido</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas as datas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar o histórico como CSV</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exportar o histórico como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>Tentativas exportadas para %1: %n.</numerusform>
            <numerusform>%n tentativas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>The history could not be exported: %1</source>
        <translation>Não foi possível exportar o histórico: %1</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primeiro dia exibido</translation>
    </message>
    <message>
        <source>Attempts from the start of this day, in this computer&apos;s time zone</source>
        <translation>Tentativas desde o início deste dia, no fuso horário deste computador</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último dia exibido</translation>
    </message>
    <message>
        <source>Attempts up to the end of this day, in this computer&apos;s time zone</source>
        <translation>Tentativas até o fim deste dia, no fuso horário deste computador</translation>
    </message>
    <message>
        <source>Load into form</source>
        <translation>Carregar no formulário</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Período personalizado…</translation>
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
        <translation>Correção em massa %1, linha %2 do arquivo</translation>
    </message>
    <message>
        <source>Batch %1 only</source>
        <translation>Somente o lote %1</translation>
    </message>
    <message>
        <source>Only the attempts of bulk correction %1 are shown. Click to show every attempt.</source>
        <translation>Somente as tentativas da correção em massa %1 são mostradas. Clique para mostrar todas as tentativas.</translation>
    </message>
    <message>
        <source>Show every attempt again</source>
        <translation>Mostrar todas as tentativas novamente</translation>
    </message>
    <message>
        <source>How many attempts are shown</source>
        <translation>Quantas tentativas são mostradas</translation>
    </message>
    <message>
        <source>Changes to the case as loaded</source>
        <translation>Alterações em relação ao caso carregado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>In the history&apos;s details, for a field that had or got no value</extracomment>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A change in the history&apos;s details: %1 the value the CRM had, %2 the value sent</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Row label in the history&apos;s details, beside &quot;None: the case was sent as loaded.&quot;</extracomment>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>None: the case was sent as loaded.</source>
        <translation>Nenhuma: o caso foi enviado tal como foi carregado.</translation>
    </message>
    <message>
        <source>Loaded from the CRM</source>
        <translation>Carregado do CRM</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %1 of %n attempt(s)</source>
        <extracomment>Above the history when a search or filter is on; %1 is how many are shown, %n how many exist</extracomment>
        <translation>
            <numerusform>Tentativas mostradas: %1 de %n</numerusform>
            <numerusform>Mostradas: %1 de %n tentativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <extracomment>Above the history: how many attempts it holds</extracomment>
        <translation>
            <numerusform>Tentativas: %n</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>No attempt matches the search and filters. Clear the search or choose other filters to see more.</source>
        <translation>Nenhuma tentativa corresponde à pesquisa e aos filtros. Limpe a pesquisa ou selecione outros filtros para ver mais.</translation>
    </message>
    <message>
        <source>No attempts yet. Each update you send is listed here.</source>
        <translation>Ainda não há tentativas. Cada atualização que você enviar aparece aqui.</translation>
    </message>
    <message>
        <source>Put this attempt&apos;s case back into the form to correct and send it again (%1, or %2 in the list)</source>
        <extracomment>%1 and %2 are keys as the system names them (Ctrl+L, and Enter in the list)</extracomment>
        <translation>Trazer o caso desta tentativa de volta ao formulário para corrigi-lo e enviá-lo de novo (%1, ou %2 na lista)</translation>
    </message>
    <message>
        <source>Copy the answer and what was sent, without the token (%1 in the list)</source>
        <extracomment>%1 is the key that does the same while the list has the focus</extracomment>
        <translation>Copiar a resposta e o que foi enviado, sem o token (%1 na lista)</translation>
    </message>
    <message>
        <source>Search…</source>
        <extracomment>Placeholder of the history&apos;s search field</extracomment>
        <translation>Pesquisar…</translation>
    </message>
    <message>
        <source>Finds the attempts whose case, CRM message, responsible, operation or solution contains the text</source>
        <translation>Encontrar as tentativas cujo caso, mensagem do CRM, responsável, operação ou solução contenham o texto</translation>
    </message>
    <message>
        <source>Every update attempt, newest first. Select one to see what was sent and answered.</source>
        <translation>Todas as tentativas de atualização, da mais recente para a mais antiga. Selecione uma para ver o que foi enviado e a resposta.</translation>
    </message>
    <message>
        <source>Copy de&amp;tails</source>
        <translation>Cop&amp;iar detalhes</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Send the update to the CRM</source>
        <translation>Enviar a atualização ao CRM</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Stop the upload in progress</source>
        <translation>Interromper o envio em andamento</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novo caso</translation>
    </message>
    <message>
        <source>Clear the case, its custom fields and attachments; keep the connection</source>
        <translation>Limpar o caso, os campos personalizados e os anexos; a conexão é mantida</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Load selected attempt into form</source>
        <translation>Ca&amp;rregar a tentativa selecionada no formulário</translation>
    </message>
    <message>
        <source>Put the selected attempt back into the form</source>
        <translation>Carregar de volta no formulário a tentativa selecionada</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Check the token and the calls left today</source>
        <translation>Verificar o token e as requisições restantes hoje</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Timeout, attachment part name, closed statuses, file types and size</source>
        <translation>Tempo limite, campo de anexos, status fechados, tipos e tamanho de arquivo</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Casedesk</source>
        <translation>&amp;Sobre o Casedesk</translation>
    </message>
    <message>
        <source>Loaded into the form</source>
        <translation>Carregado no formulário</translation>
    </message>
    <message>
        <source>Case %1 is back in the form: correct it and press Update case.</source>
        <translation>O caso %1 voltou ao formulário: corrija-o e clique em Atualizar caso.</translation>
    </message>
    <message>
        <source>Enter the operation&apos;s Wolkvox-Token.</source>
        <translation>Informe o Wolkvox-Token da operação.</translation>
    </message>
    <message>
        <source>Casedesk — sending…</source>
        <translation>Casedesk — enviando…</translation>
    </message>
    <message>
        <source>Case updated</source>
        <translation>Caso atualizado</translation>
    </message>
    <message>
        <source>Case %1 updated</source>
        <translation>Caso %1 atualizado</translation>
    </message>
    <message>
        <source>The CRM answered “%1” (HTTP %2) in %3.</source>
        <extracomment>%1 is the CRM&apos;s message, %2 the HTTP status, %3 how long it took</extracomment>
        <translation>O CRM respondeu “%1” (HTTP %2) em %3.</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Atualização cancelada</translation>
    </message>
    <message>
        <source>An update is being sent</source>
        <translation>Uma atualização está sendo enviada</translation>
    </message>
    <message>
        <source>Casedesk is still sending case %1. If you close now the upload is cancelled and you will not know whether the CRM applied it.</source>
        <translation>O Casedesk ainda está enviando o caso %1. Se você fechar agora, o envio será cancelado e não será possível saber se o CRM aplicou a atualização.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>Continuar &amp;enviando</translation>
    </message>
    <message>
        <source>&amp;Cancel the upload and close</source>
        <translation>&amp;Cancelar o envio e fechar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>The history could not be saved</source>
        <translation>Não foi possível salvar o histórico</translation>
    </message>
    <message>
        <source>Casedesk stopped while sending</source>
        <translation>O Casedesk parou durante um envio</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) never got an answer because Casedesk stopped. They are marked “Interrupted — check the case” in the history: check those cases in the CRM.</source>
        <translation>
            <numerusform>%n atualização não recebeu resposta porque o Casedesk parou. Ela está marcada como “Interrompido: verifique o caso” no histórico: verifique esse caso no CRM.</numerusform>
            <numerusform>%n atualizações não receberam resposta porque o Casedesk parou. Elas estão marcadas como “Interrompido: verifique o caso” no histórico: verifique esses casos no CRM.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is not being saved</source>
        <translation>O histórico não está sendo salvo</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Alterações não enviadas</translation>
    </message>
    <message>
        <source>The form has changes that were not sent.</source>
        <translation>O formulário tem alterações que não foram enviadas.</translation>
    </message>
    <message>
        <source>Save them as a draft to be offered the next time Casedesk starts, or discard them.</source>
        <translation>Salve-as como rascunho para recuperá-las na próxima vez que o Casedesk for iniciado, ou descarte-as.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Salvar rascunho</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>This session&apos;s attempts are kept only until Casedesk closes.</source>
        <translation>As tentativas desta sessão são mantidas somente até o Casedesk ser fechado.</translation>
    </message>
    <message>
        <source>&amp;Bulk correction…</source>
        <translation>Correção em &amp;massa…</translation>
    </message>
    <message>
        <source>Correct many cases at once from a CSV file or rows copied from a spreadsheet</source>
        <translation>Corrigir muitos casos de uma vez a partir de um arquivo CSV ou de linhas copiadas de uma planilha</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Bulk correction is not available</source>
        <translation>A correção em massa não está disponível</translation>
    </message>
    <message>
        <source>Bulk correction keeps every batch in the history database, which could not be opened in this session. Restart Casedesk once the history file can be written.</source>
        <translation>A correção em massa guarda cada lote no banco de dados do histórico, que não pôde ser aberto nesta sessão. Reinicie o Casedesk quando for possível gravar o arquivo de histórico.</translation>
    </message>
    <message numerus="yes">
        <source>The bulk correction from %1 has %n row(s) not sent yet.</source>
        <translation>
            <numerusform>A correção em massa de %1 tem %n linha ainda não enviada.</numerusform>
            <numerusform>A correção em massa de %1 tem %n linhas ainda não enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when it stopped; check those cases in the CRM before resending them.</source>
        <translation>
            <numerusform>%n linha estava sendo enviada quando a correção parou; verifique esse caso no CRM antes de reenviá-la.</numerusform>
            <numerusform>%n linhas estavam sendo enviadas quando a correção parou; verifique esses casos no CRM antes de reenviá-las.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other batch(es) are unfinished too.</source>
        <translation>
            <numerusform>Há também %n outro lote não concluído.</numerusform>
            <numerusform>Há também outros %n lotes não concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk correction was not finished</source>
        <translation>Uma correção em massa não foi concluída</translation>
    </message>
    <message>
        <source>Open bulk correction</source>
        <translation>Abrir correção em massa</translation>
    </message>
    <message>
        <source>The history could not record this attempt.</source>
        <translation>O histórico não conseguiu registrar esta tentativa.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n file(s) went in %n updates, one file each.</source>
        <translation>
            <numerusform>%n arquivo foi enviado em %n atualização.</numerusform>
            <numerusform>Os %n arquivos foram enviados em %n atualizações, um arquivo em cada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CRM has the fields and %n file(s) from the updates before: %1.</source>
        <translation>
            <numerusform>O CRM tem os campos e %n arquivo das atualizações anteriores: %1.</numerusform>
            <numerusform>O CRM tem os campos e %n arquivos das atualizações anteriores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not sent: %1.</source>
        <translation>
            <numerusform>%n arquivo não foi enviado: %1.</numerusform>
            <numerusform>%n arquivos não foram enviados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update case</source>
        <extracomment>Case menu item; no underlined letter: only its own key (Ctrl+Return) or a click sends</extracomment>
        <translation>Atualizar caso</translation>
    </message>
    <message>
        <source>Loa&amp;d from CRM</source>
        <translation>Carregar &amp;do CRM</translation>
    </message>
    <message>
        <source>Read the case the id field names from the CRM and fill the form with it; one call of the daily quota</source>
        <translation>Ler no CRM o caso indicado no campo do id e preencher o formulário com ele; uma requisição da cota diária</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Case menu item; no underlined letter: each test uses a call of the daily quota, so only its own key (Ctrl+T) or a click tests</extracomment>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key of the main and bulk-correction windows</source>
        <translation>Todas as teclas da janela principal e da janela de correção em massa</translation>
    </message>
    <message numerus="yes">
        <source>%n of its files already reached the CRM and are not sent again unless you tick them.</source>
        <translation>
            <numerusform>%n dos arquivos do caso já chegou ao CRM e só será enviado de novo se você o marcar.</numerusform>
            <numerusform>%n dos arquivos do caso já chegaram ao CRM e só serão enviados de novo se você os marcar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: the CRM has these values. Change something to send a correction, or start the next case (%1).</source>
        <translation>Enviado: o CRM tem estes valores. Altere algo para enviar uma correção ou comece o próximo caso (%1).</translation>
    </message>
    <message>
        <source>Nothing to send yet: change a field of the loaded case first.</source>
        <translation>Ainda não há nada para enviar: primeiro altere um campo do caso carregado.</translation>
    </message>
    <message>
        <source>Reading %1 from the CRM…</source>
        <translation>Lendo %1 no CRM…</translation>
    </message>
    <message>
        <source>Reading the case again, to see whether someone else changed it…</source>
        <translation>Lendo o caso de novo para ver se outra pessoa o alterou…</translation>
    </message>
    <message>
        <source>Checking the token before the upload…</source>
        <translation>Verificando o token antes do envio…</translation>
    </message>
    <message>
        <source>Casedesk — reading…</source>
        <translation>Casedesk — lendo…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <extracomment>The tooltip of the button that closes a message strip</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fechar a mensagem</translation>
    </message>
</context>
<context>
    <name>OutcomeBanner</name>
    <message>
        <source>The CRM has no status “%1” for the case type “%2”</source>
        <extracomment>%1 is the status, %2 the case type, both as the agent typed them</extracomment>
        <translation>O CRM não tem o status “%1” para o tipo de caso “%2”</translation>
    </message>
    <message>
        <source>Choose one of this case type&apos;s statuses and send again. Casedesk no longer offers “%1” for it. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Selecione um dos status deste tipo de caso e envie de novo. O Casedesk não oferece mais “%1” para ele. As palavras exatas do CRM estão nos detalhes da tentativa.</translation>
    </message>
    <message>
        <source>Choose a status</source>
        <extracomment>Banner button: put the cursor in the status field</extracomment>
        <translation>Selecionar um status</translation>
    </message>
    <message>
        <source>The CRM has no priority “%1” for the case type “%2”</source>
        <translation>O CRM não tem a prioridade “%1” para o tipo de caso “%2”</translation>
    </message>
    <message>
        <source>Choose one of this case type&apos;s priorities and send again. Casedesk no longer offers “%1” for it. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Selecione uma das prioridades deste tipo de caso e envie de novo. O Casedesk não oferece mais “%1” para ele. As palavras exatas do CRM estão nos detalhes da tentativa.</translation>
    </message>
    <message>
        <source>Choose a priority</source>
        <extracomment>Banner button: put the cursor in the priority field</extracomment>
        <translation>Selecionar uma prioridade</translation>
    </message>
    <message>
        <source>The CRM has no case type “%1”</source>
        <translation>O CRM não tem o tipo de caso “%1”</translation>
    </message>
    <message>
        <source>Choose a case type the operation has and send again. Casedesk no longer offers “%1”. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Selecione um tipo de caso que exista na operação e envie de novo. O Casedesk não oferece mais “%1”. As palavras exatas do CRM estão nos detalhes da tentativa.</translation>
    </message>
    <message>
        <source>Choose a case type</source>
        <extracomment>Banner button: put the cursor in the case type field</extracomment>
        <translation>Selecionar um tipo de caso</translation>
    </message>
    <message>
        <source>The CRM has no user “%1”</source>
        <translation>O CRM não tem o usuário “%1”</translation>
    </message>
    <message>
        <source>Check the responsible&apos;s wolkvox e-mail (user@operation): the user must exist in the CRM. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>Verifique o e-mail wolkvox do responsável (usuário@operação): o usuário precisa existir no CRM. As palavras exatas do CRM estão nos detalhes da tentativa.</translation>
    </message>
    <message>
        <source>Edit the responsible</source>
        <extracomment>Banner button: put the cursor in the responsible field</extracomment>
        <translation>Editar o responsável</translation>
    </message>
    <message>
        <source>The status “%1” needs a solution</source>
        <translation>O status “%1” exige uma solução</translation>
    </message>
    <message>
        <source>The CRM closes the case with this status, so it needs a solution. Write how the case was resolved and send again; from now on Casedesk asks for it with this status. The CRM&apos;s own words are in the attempt&apos;s details.</source>
        <translation>O CRM fecha o caso com este status, então ele exige uma solução. Escreva como o caso foi resolvido e envie de novo; a partir de agora, o Casedesk pede a solução com este status. As palavras exatas do CRM estão nos detalhes da tentativa.</translation>
    </message>
    <message>
        <source>Write the solution</source>
        <extracomment>Banner button: put the cursor in the solution field</extracomment>
        <translation>Escrever a solução</translation>
    </message>
    <message>
        <source>The token was checked before the upload, which used one call of today&apos;s quota.</source>
        <translation>O token foi verificado antes do envio, o que gastou uma requisição da cota de hoje.</translation>
    </message>
    <message>
        <source>Next case</source>
        <extracomment>Banner button after a successful update: clear the case, keep the connection</extracomment>
        <translation>Próximo caso</translation>
    </message>
    <message>
        <source>Edit token</source>
        <extracomment>Banner button: put the cursor in the token field</extracomment>
        <translation>Editar token</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Banner button: send the same update again</extracomment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Show details</source>
        <extracomment>Banner button: select the attempt in the history and show what was sent and answered</extracomment>
        <translation>Ver detalhes</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Nada foi enviado</translation>
    </message>
    <message>
        <source>Case %1 was not updated; the form is as you left it.</source>
        <translation>O caso %1 não foi atualizado; o formulário está como você o deixou.</translation>
    </message>
    <message>
        <source>The CRM no longer has case %1</source>
        <translation>O CRM não tem mais o caso %1</translation>
    </message>
    <message>
        <source>Reading the case again just before sending found no case with this wolkvox-id, so nothing was sent. Check the id.</source>
        <translation>Ao ler o caso de novo logo antes de enviar, nenhum caso com este wolkvox-id foi encontrado, então nada foi enviado. Verifique o id.</translation>
    </message>
    <message>
        <source>The case could not be read again before sending</source>
        <translation>Não foi possível ler o caso de novo antes de enviar</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Nada foi enviado. %1</translation>
    </message>
    <message>
        <source>The token check failed before the upload</source>
        <translation>A verificação do token falhou antes do envio</translation>
    </message>
    <message>
        <source>Nothing was uploaded: Casedesk checks the token before a large upload, and the CRM answered: %1</source>
        <translation>Nada foi enviado: o Casedesk verifica o token antes de um envio grande, e o CRM respondeu: %1</translation>
    </message>
    <message>
        <source>Token checked</source>
        <translation>Token verificado</translation>
    </message>
    <message>
        <source>The token works: the upload has started. Checking it used one call of today&apos;s quota.</source>
        <translation>O token funciona: o envio começou. A verificação gastou uma requisição da cota de hoje.</translation>
    </message>
    <message>
        <source>The token could not be checked before the upload</source>
        <translation>Não foi possível verificar o token antes do envio</translation>
    </message>
    <message>
        <source>Nothing was sent. %1 “%2” sends the update without checking the token first; a wrong token is then reported after the upload.</source>
        <extracomment>%1 says why the CRM gave no answer, in one or two sentences; %2 is the banner&apos;s Retry button</extracomment>
        <translation>Nada foi enviado. %1 “%2” envia a atualização sem verificar o token antes; um token errado será informado depois do envio.</translation>
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
        <translation>A linha %1 (linha %2 do arquivo) pode ser enviada.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 (line %2 of the file) has %n problem(s) and will not be sent.</source>
        <translation>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n problema e não será enviada.</numerusform>
            <numerusform>A linha %1 (linha %2 do arquivo) tem %n problemas e não será enviada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column of the check: the row&apos;s number among the rows of the file</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Case id</source>
        <extracomment>Column of the check: the wolkvox-id of the case the row corrects</extracomment>
        <translation>Id do caso</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the check: the status the row sends</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column of the check: the priority the row sends</extracomment>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Responsible</source>
        <extracomment>Column of the check: the responsible the row sends</extracomment>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Case type</source>
        <extracomment>Column of the check: the case type the row sends</extracomment>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Solution</source>
        <extracomment>Column of the check: the solution the row sends</extracomment>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <extracomment>Column of the check: the custom fields the row sends</extracomment>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Column of the check: the files the row attaches</extracomment>
        <translation>Anexos</translation>
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
        <translation>&amp;Novo perfil…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>Deletes the profile and its saved token</extracomment>
        <translation>E&amp;xcluir…</translation>
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
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nome do novo perfil:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved token?</source>
        <translation>Excluir o perfil “%1” e o token salvo dele?</translation>
    </message>
    <message>
        <source>Its server, operation, settings and form defaults will be deleted; the history of its updates stays.</source>
        <translation>O servidor, a operação, as configurações e os valores padrão do formulário dele serão excluídos; o histórico das atualizações dele será mantido.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfis</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfis (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Enter the token of each imported profile to use it.</source>
        <translation>Informe o token de cada perfil importado para usá-lo.</translation>
    </message>
    <message>
        <source>No profile was imported</source>
        <translation>Nenhum perfil foi importado</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s)</source>
        <translation>
            <numerusform>%n perfil importado</numerusform>
            <numerusform>%n perfis importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s), with remarks</source>
        <translation>
            <numerusform>%n perfil importado, com observações</numerusform>
            <numerusform>%n perfis importados, com observações</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exportar perfis</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s)</source>
        <translation>
            <numerusform>%n perfil exportado</numerusform>
            <numerusform>%n perfis exportados</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1, without tokens.</source>
        <translation>Salvos em %1, sem tokens.</translation>
    </message>
    <message>
        <source>The profiles could not be exported</source>
        <translation>Não foi possível exportar os perfis</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The connection profiles in %1 cannot be read: %2</source>
        <translation>Não é possível ler os perfis de conexão em %1: %2</translation>
    </message>
    <message>
        <source>The connection profiles in %1 are damaged; they were not loaded.</source>
        <translation>Os perfis de conexão em %1 estão danificados; não foram carregados.</translation>
    </message>
    <message>
        <source>The connection profiles could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os perfis de conexão em %1: %2</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Name of the connection profile Casedesk creates on first start; shown until the user renames it</extracomment>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The profiles could not be exported to %1: %2</source>
        <translation>Não foi possível exportar os perfis para %1: %2</translation>
    </message>
    <message>
        <source>This is not a profiles file: %1 (at byte %2).</source>
        <translation>Este não é um arquivo de perfis: %1 (no byte %2).</translation>
    </message>
    <message>
        <source>This is not a Casedesk profiles file.</source>
        <translation>Este não é um arquivo de perfis do Casedesk.</translation>
    </message>
    <message>
        <source>These profiles were exported by a newer version of Casedesk.</source>
        <translation>Estes perfis foram exportados por uma versão mais recente do Casedesk.</translation>
    </message>
    <message>
        <source>“profiles” must be a list.</source>
        <translation>“profiles” deve ser uma lista.</translation>
    </message>
    <message>
        <source>The file holds no profiles.</source>
        <translation>O arquivo não contém perfis.</translation>
    </message>
    <message>
        <source>An entry that is not a profile was skipped.</source>
        <translation>Uma entrada que não é um perfil foi ignorada.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already; the imported one is called “%2”.</source>
        <translation>Já existe um perfil chamado “%1”; o importado se chama “%2”.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <source>The file does not exist.</source>
        <translation>O arquivo não existe.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Os tokens ficam na memória apenas durante esta sessão e precisarão ser informados de novo quando o Casedesk for reiniciado.</translation>
    </message>
    <message>
        <source>No keychain service is available (%1), so tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Nenhum serviço de chaveiro do sistema está disponível (%1), então os tokens ficam na memória apenas durante esta sessão e precisarão ser informados de novo quando o Casedesk for reiniciado.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>O chaveiro do sistema negou o acesso: %1</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>Não foi possível ler o token do chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store the token (%1); it is kept for this session only.</source>
        <translation>O chaveiro do sistema se recusou a armazenar o token (%1); ele fica guardado apenas durante esta sessão.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>Não foi possível remover o token do chaveiro do sistema: %1</translation>
    </message>
</context>
<context>
    <name>SendGuard</name>
    <message>
        <source>Send the same update again?</source>
        <translation>Enviar a mesma atualização de novo?</translation>
    </message>
    <message>
        <source>Case %1 was already updated with exactly these values at %2.</source>
        <extracomment>%1 is the wolkvox-id, %2 the date and time of the earlier update</extracomment>
        <translation>O caso %1 já foi atualizado com exatamente estes valores em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sending it again costs a call of the daily quota and uploads its %n file(s) again.</source>
        <translation>
            <numerusform>Enviá-la de novo custa uma requisição da cota diária e envia outra vez %n arquivo.</numerusform>
            <numerusform>Enviá-la de novo custa uma requisição da cota diária e envia outra vez %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending it again costs a call of the daily quota and changes nothing in the case.</source>
        <translation>Enviá-la de novo custa uma requisição da cota diária e não altera nada no caso.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Enviar de novo</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>How the update will be sent</source>
        <translation>Como a atualização será enviada</translation>
    </message>
    <message>
        <source>Problems to fix before sending</source>
        <translation>Problemas a corrigir antes de enviar</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Update case</source>
        <translation>Atualizar caso</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Pronto para enviar.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Falta preencher: %1.</translation>
    </message>
    <message>
        <source>Send the update to the CRM (%1)</source>
        <translation>Enviar a atualização ao CRM (%1)</translation>
    </message>
    <message>
        <source>Fix these first:
%1</source>
        <translation>Corrija isto primeiro:
%1</translation>
    </message>
    <message>
        <source>Waiting for a free connection…</source>
        <translation>Aguardando uma conexão livre…</translation>
    </message>
    <message>
        <source>Update %1 of %2: connecting…</source>
        <translation>Atualização %1 de %2: conectando…</translation>
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
        <translation>%1 enviados · aguardando a resposta do CRM…</translation>
    </message>
    <message>
        <source>Update %1 of %2: %3</source>
        <extracomment>%1 and %2 count the updates of one case sent one file at a time; %3 is the progress of this one</extracomment>
        <translation>Atualização %1 de %2: %3</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>O que a atualização altera</translation>
    </message>
    <message>
        <source>Stop the upload (%1)</source>
        <extracomment>%1 is the key that does the same (Esc), as the system names it</extracomment>
        <translation>Parar o envio (%1)</translation>
    </message>
    <message>
        <source>No change yet: the form holds the case as it was loaded.</source>
        <translation>Nenhuma alteração ainda: o formulário tem o caso como foi carregado.</translation>
    </message>
    <message>
        <source>Will change: %1</source>
        <translation>Alterações a enviar: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the CRM server, for example crm0001.wolkvox.com.</source>
        <translation>Informe o servidor do CRM, por exemplo crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>O endereço do servidor não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Copy the host name from the CRM&apos;s address bar, for example crm0001.wolkvox.com.</source>
        <translation>“%1” não é um endereço de servidor. Copie o nome do host da barra de endereços do CRM, por exemplo crm0001.wolkvox.com.</translation>
    </message>
    <message>
        <source>Plain HTTP would expose the token; Casedesk always uses HTTPS for %1.</source>
        <translation>HTTP sem criptografia exporia o token; o Casedesk sempre usa HTTPS para %1.</translation>
    </message>
    <message>
        <source>%1 was switched off by the vendor on %3; using its replacement %2.</source>
        <extracomment>%3 is a date, written in the user&apos;s language</extracomment>
        <translation>%1 foi desativado pelo fornecedor em %3; será usado o substituto, %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Casedesk Settings</source>
        <translation>Configurações do Casedesk</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tempo limite em segundos</translation>
    </message>
    <message>
        <source>A transfer with no progress for this long is abandoned. Keep it above the CRM&apos;s usual answer time.</source>
        <translation>Uma transferência sem progresso por esse tempo é abandonada. Mantenha esse valor acima do tempo de resposta habitual do CRM.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attachment &amp;part name:</source>
        <translation>&amp;Nome do campo de anexos:</translation>
    </message>
    <message>
        <source>Attachment part name</source>
        <translation>Nome do campo de anexos</translation>
    </message>
    <message>
        <source>The form-data name of each attached file. The vendor&apos;s pages use file, files and file[]; ask your CRM administrator which one your server keeps.</source>
        <translation>Nome form-data com que cada arquivo anexado é enviado. As páginas do fornecedor usam file, files e file[]; pergunte ao administrador do CRM qual deles o seu servidor aceita.</translation>
    </message>
    <message>
        <source>Closed statuses, separated by commas</source>
        <translation>Status fechados, separados por vírgulas</translation>
    </message>
    <message>
        <source>Statuses that close a case, separated by commas. A closed status needs a solution before Casedesk sends the update.</source>
        <translation>Status que fecham um caso, separados por vírgulas. Com um status fechado, o Casedesk exige uma solução antes de enviar a atualização.</translation>
    </message>
    <message>
        <source>&amp;Allowed file types:</source>
        <translation>Tipos de arquivo &amp;permitidos:</translation>
    </message>
    <message>
        <source>Allowed file extensions, separated by commas</source>
        <translation>Extensões de arquivo permitidas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>File extensions the CRM accepts, separated by commas (the vendor&apos;s list by default).</source>
        <translation>Extensões de arquivo aceitas pelo CRM, separadas por vírgulas (por padrão, a lista do fornecedor).</translation>
    </message>
    <message>
        <source>&amp;Maximum file size:</source>
        <translation>Tamanho &amp;máximo de arquivo:</translation>
    </message>
    <message>
        <source>Maximum file size in mebibytes</source>
        <translation>Tamanho máximo de arquivo em mebibytes</translation>
    </message>
    <message>
        <source>Larger attachments are flagged before sending. The vendor publishes no limit.</source>
        <translation>Anexos maiores são sinalizados antes do envio. O fornecedor não publica nenhum limite.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Closed stat&amp;uses:</source>
        <translation>Status &amp;fechados:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>The window switches at once; the system&apos;s language is used when nothing is chosen.</source>
        <translation>A janela muda de idioma imediatamente; se nenhum for selecionado, é usado o idioma do sistema.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>These settings belong to the current connection profile. The token is not among them: it is kept in the system keychain, or only until Casedesk closes when no keychain is available.</source>
        <translation>Estas configurações pertencem ao perfil de conexão atual. O token não faz parte delas: fica guardado no chaveiro do sistema ou, se não houver chaveiro disponível, só até o Casedesk ser fechado.</translation>
    </message>
    <message>
        <source>New cases of this profile start with</source>
        <translation>Os casos novos deste perfil começam com</translation>
    </message>
    <message>
        <source>Default case t&amp;ype:</source>
        <translation>Tip&amp;o de caso padrão:</translation>
    </message>
    <message>
        <source>Default case type</source>
        <translation>Tipo de caso padrão</translation>
    </message>
    <message>
        <source>Filled into an empty case type when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Usado quando o tipo de caso está vazio, ao selecionar o perfil ou começar um caso novo; deixe vazio para não usar nenhum</translation>
    </message>
    <message>
        <source>Default &amp;status:</source>
        <translation>&amp;Status padrão:</translation>
    </message>
    <message>
        <source>Default status</source>
        <translation>Status padrão</translation>
    </message>
    <message>
        <source>Filled into an empty status when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Usado quando o status está vazio, ao selecionar o perfil ou começar um caso novo; deixe vazio para não usar nenhum</translation>
    </message>
    <message>
        <source>Default p&amp;riority:</source>
        <translation>P&amp;rioridade padrão:</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>Prioridade padrão</translation>
    </message>
    <message>
        <source>Filled into an empty priority when the profile is chosen or a new case starts; leave empty for none</source>
        <translation>Usada quando a prioridade está vazia, ao selecionar o perfil ou começar um caso novo; deixe vazio para não usar nenhuma</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Pacote de &amp;CA:</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Arquivo do pacote de CA</translation>
    </message>
    <message>
        <source>A PEM file with your company&apos;s certificate authorities, for a CRM server whose certificate they issued. They are trusted in addition to the system&apos;s; certificate errors are never ignored.</source>
        <translation>Um arquivo PEM com as autoridades certificadoras da sua empresa, para um servidor do CRM cujo certificado tenha sido emitido por elas. O Casedesk confia nelas além das do sistema; erros de certificado nunca são ignorados.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Nenhum: somente as autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Proc&amp;urar…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Selecionar o arquivo do pacote de CA</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) trusted in addition to the system&apos;s.</source>
        <translation>
            <numerusform>%n certificado confiável além dos do sistema.</numerusform>
            <numerusform>%n certificados confiáveis além dos do sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Selecionar um pacote de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Chec&amp;k a loaded case again just before sending</source>
        <translation>&amp;Verificar de novo um caso carregado logo antes de enviar</translation>
    </message>
    <message>
        <source>Check a loaded case again before sending</source>
        <translation>Verificar de novo um caso carregado antes de enviar</translation>
    </message>
    <message>
        <source>Before updating a case loaded from the CRM, Casedesk reads it again and shows what someone else changed since, so their change is not overwritten by accident. Each check costs one call of the daily quota.</source>
        <translation>Antes de atualizar um caso carregado do CRM, o Casedesk o lê de novo e mostra o que outra pessoa alterou desde então, para que essa alteração não seja sobrescrita por engano. Cada verificação custa uma requisição da cota diária.</translation>
    </message>
    <message>
        <source>Advanced: for integrators</source>
        <translation>Avançado: para integradores</translation>
    </message>
    <message>
        <source>Se&amp;veral attachments:</source>
        <translation>Vários &amp;anexos:</translation>
    </message>
    <message>
        <source>How several attachments are sent</source>
        <translation>Como vários anexos são enviados</translation>
    </message>
    <message>
        <source>What the chosen way of sending costs</source>
        <translation>Quanto custa a forma de envio selecionada</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>How several attachments of one update are sent; the part names stay in English</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>One update per file</source>
        <extracomment>How several attachments of one update are sent</extracomment>
        <translation>Uma atualização por arquivo</translation>
    </message>
    <message>
        <source>All files in one request</source>
        <extracomment>How several attachments of one update are sent</extracomment>
        <translation>Todos os arquivos em uma requisição</translation>
    </message>
    <message>
        <source>With the part name “%1” every file goes in one request: one call of the daily quota per update.</source>
        <translation>Com o campo de anexos “%1”, todos os arquivos vão em uma requisição: uma requisição da cota diária por atualização.</translation>
    </message>
    <message>
        <source>With the part name “%1” the CRM keeps only the last file of a request, so each file goes in an update of its own: one call of the daily quota per file.</source>
        <translation>Com o campo de anexos “%1”, o CRM mantém só o último arquivo de uma requisição, então cada arquivo vai em uma atualização própria: uma requisição da cota diária por arquivo.</translation>
    </message>
    <message>
        <source>The same fields are sent once per file, so every file arrives whatever the part name: one call of the daily quota per file.</source>
        <translation>Os mesmos campos são enviados uma vez por arquivo, então todos os arquivos chegam, seja qual for o campo de anexos: uma requisição da cota diária por arquivo.</translation>
    </message>
    <message>
        <source>Every file goes in one request: one call of the daily quota per update.</source>
        <translation>Todos os arquivos vão em uma requisição: uma requisição da cota diária por atualização.</translation>
    </message>
    <message>
        <source>Every file goes in one request, but under the part name “%1” the CRM keeps only the last one: the others are lost. One call of the daily quota per update.</source>
        <translation>Todos os arquivos vão em uma requisição, mas com o campo de anexos “%1” o CRM mantém só o último: os outros se perdem. Uma requisição da cota diária por atualização.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Each key does what its button or menu item does. Alt and the letter underlined in a label go to that field; no Alt combination sends an update or uses a call of the CRM&apos;s daily quota.</source>
        <translation>Cada tecla faz o mesmo que o botão ou item de menu correspondente. Alt e a letra sublinhada de um rótulo levam ao campo desse rótulo; nenhuma combinação com Alt envia uma atualização nem usa uma requisição da cota diária do CRM.</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Heading of the column of key combinations in Help → Keyboard shortcuts</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Heading of the column that says what each key combination does</extracomment>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Main window</source>
        <extracomment>A group of Help → Keyboard shortcuts: the keys of the main window</extracomment>
        <translation>Janela principal</translation>
    </message>
    <message>
        <source>Send the update to the CRM</source>
        <translation>Enviar a atualização ao CRM</translation>
    </message>
    <message>
        <source>Cancel the upload in progress</source>
        <translation>Cancelar o envio em andamento</translation>
    </message>
    <message>
        <source>Start a new case; the connection stays</source>
        <translation>Começar um novo caso; a conexão continua</translation>
    </message>
    <message>
        <source>Load the case of the wolkvox-id or case number from the CRM (uses one call of the daily quota)</source>
        <translation>Carregar do CRM o caso do wolkvox-id ou do número de caso (usa uma requisição da cota diária)</translation>
    </message>
    <message>
        <source>Load the attempt selected in the history into the form</source>
        <translation>Carregar no formulário a tentativa selecionada no histórico</translation>
    </message>
    <message>
        <source>Test the connection (uses one call of the daily quota)</source>
        <translation>Testar a conexão (usa uma requisição da cota diária)</translation>
    </message>
    <message>
        <source>Open bulk correction</source>
        <extracomment>In Help → Keyboard shortcuts: opens the bulk-correction window</extracomment>
        <translation>Abrir correção em massa</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <extracomment>In Help → Keyboard shortcuts: opens the Settings dialog</extracomment>
        <translation>Abrir as configurações</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <extracomment>In Help → Keyboard shortcuts: opens this list</extracomment>
        <translation>Mostrar estes atalhos de teclado</translation>
    </message>
    <message>
        <source>Quit Casedesk</source>
        <extracomment>In Help → Keyboard shortcuts: closes the window and the application</extracomment>
        <translation>Sair do Casedesk</translation>
    </message>
    <message>
        <source>%1 + underlined letter</source>
        <extracomment>Keys in Help → Keyboard shortcuts; %1 is the Alt key as the system names it</extracomment>
        <translation>%1 + letra sublinhada</translation>
    </message>
    <message>
        <source>Go to the next field, or the previous one</source>
        <translation>Ir para o próximo campo ou para o anterior</translation>
    </message>
    <message>
        <source>Custom fields, while the table has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the custom fields table has the focus</extracomment>
        <translation>Campos personalizados, quando a tabela está em foco</translation>
    </message>
    <message>
        <source>Add a field</source>
        <extracomment>In Help → Keyboard shortcuts: adds an empty row to the custom fields table</extracomment>
        <translation>Adicionar um campo</translation>
    </message>
    <message>
        <source>Duplicate the selected field</source>
        <translation>Duplicar o campo selecionado</translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation>Remover os campos selecionados</translation>
    </message>
    <message>
        <source>Move the selected field up</source>
        <translation>Mover o campo selecionado para cima</translation>
    </message>
    <message>
        <source>Move the selected field down</source>
        <translation>Mover o campo selecionado para baixo</translation>
    </message>
    <message>
        <source>Paste fields copied from a spreadsheet or a JSON object</source>
        <translation>Colar campos copiados de uma planilha ou de um objeto JSON</translation>
    </message>
    <message>
        <source>Attachments, while the list has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the list of attachments has the focus</extracomment>
        <translation>Anexos, quando a lista está em foco</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Selecionar arquivos para anexar</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remover os arquivos selecionados</translation>
    </message>
    <message>
        <source>History, while the list has the focus</source>
        <extracomment>A group of Help → Keyboard shortcuts: keys that work while the history list has the focus</extracomment>
        <translation>Histórico, quando a lista está em foco</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s details, without the token</source>
        <translation>Copiar os detalhes da tentativa selecionada, sem o token</translation>
    </message>
    <message>
        <source>Load the selected attempt into the form</source>
        <translation>Carregar a tentativa selecionada no formulário</translation>
    </message>
    <message>
        <source>Bulk correction window</source>
        <extracomment>A group of Help → Keyboard shortcuts: the keys of the bulk-correction window</extracomment>
        <translation>Janela de correção em massa</translation>
    </message>
    <message>
        <source>Open a CSV file (Source step)</source>
        <translation>Abrir um arquivo CSV (etapa Origem)</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet (Source step)</source>
        <translation>Colar linhas copiadas de uma planilha (etapa Origem)</translation>
    </message>
    <message>
        <source>Read the file again after fixing it (Check step)</source>
        <translation>Ler o arquivo de novo depois de corrigi-lo (etapa Verificação)</translation>
    </message>
    <message>
        <source>Copy the results (Results step)</source>
        <translation>Copiar os resultados (etapa Resultados)</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <extracomment>In Help → Keyboard shortcuts: one of the five steps of a bulk correction (Source … Results)</extracomment>
        <translation>Ir para uma etapa</translation>
    </message>
    <message>
        <source>Close the window; while rows are being sent it asks first</source>
        <translation>Fechar a janela; se houver linhas sendo enviadas, pergunta antes</translation>
    </message>
    <message>
        <source>Stop waiting for a large file being read</source>
        <translation>Cancelar a leitura de um arquivo grande</translation>
    </message>
    <message>
        <source>Go to a label&apos;s field, or press a button, by its underlined letter</source>
        <translation>Ir ao campo de um rótulo ou pressionar um botão pela letra sublinhada</translation>
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
        <translation>Mostra um caso como está agora no CRM (cases/queryCases.php). Isso custa uma requisição da cota diária do token.

Com --id, a saída padrão é um objeto JSON: o caso, com wolkvox_id, case_number, case_type, responsible, status, priority, solution (null quando a resposta do CRM não os traz), custom_fields ([{&quot;name&quot;,&quot;value&quot;}] na ordem do CRM) e raw (o objeto do CRM como veio).
Com --case-number, é um array JSON desses objetos, já que vários casos podem ter o mesmo número.
Quando nenhum caso corresponde, é {&quot;outcome&quot;:&quot;not_found&quot;,...} e o código de saída é 1; em outras falhas, o mesmo objeto que update imprime.

Códigos de saída: 0 encontrado, 1 o caso não existe ou foi recusado pelo CRM, 2 entrada inválida (nada foi enviado), 3 falha de rede, tempo esgotado, falha de TLS ou resposta ilegível.</translation>
    </message>
    <message>
        <source>The case&apos;s wolkvox-id.</source>
        <translation>O wolkvox-id do caso.</translation>
    </message>
    <message>
        <source>The case number the agents see (the CRM&apos;s idCase).</source>
        <translation>O número do caso que os agentes veem (o idCase do CRM).</translation>
    </message>
    <message>
        <source>Give either --id or --case-number.</source>
        <translation>Informe --id ou --case-number.</translation>
    </message>
    <message>
        <source>--id needs the case&apos;s wolkvox-id.</source>
        <translation>--id precisa do wolkvox-id do caso.</translation>
    </message>
    <message>
        <source>--case-number needs a number.</source>
        <translation>--case-number precisa de um número.</translation>
    </message>
    <message>
        <source>A wolkvox-id contains no spaces.</source>
        <translation>Um wolkvox-id não contém espaços.</translation>
    </message>
    <message>
        <source>Pass --id with one of their wolkvox-ids to work on one of them.</source>
        <translation>Use --id com o wolkvox-id de um deles para trabalhar com ele.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>There is no private runtime folder for the socket.</source>
        <translation>Não há uma pasta privada de execução para o socket.</translation>
    </message>
    <message>
        <source>Another Casedesk was starting at the same time.</source>
        <translation>Outro Casedesk estava sendo iniciado ao mesmo tempo.</translation>
    </message>
</context>
<context>
    <name>SqliteHistoryStore</name>
    <message>
        <source>The history is not open.</source>
        <translation>O histórico não está aberto.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Enter the operation (the CRM&apos;s tenant name).</source>
        <translation>Informe a operação (o nome da instância do CRM).</translation>
    </message>
    <message>
        <source>Enter the case&apos;s wolkvox-id.</source>
        <translation>Informe o wolkvox-id do caso.</translation>
    </message>
    <message>
        <source>Choose a case type.</source>
        <translation>Selecione um tipo de caso.</translation>
    </message>
    <message>
        <source>Enter the responsible user (user@operation).</source>
        <translation>Informe o usuário responsável (usuário@operação).</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Selecione um status.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Selecione uma prioridade.</translation>
    </message>
    <message>
        <source>A wolkvox-id contains no spaces.</source>
        <translation>Um wolkvox-id não tem espaços.</translation>
    </message>
    <message>
        <source>The responsible must be a wolkvox e-mail shaped user@operation, not “%1”.</source>
        <translation>O responsável deve ser um e-mail wolkvox no formato usuário@operação, não “%1”.</translation>
    </message>
    <message>
        <source>The status “%1” closes the case: describe the solution.</source>
        <translation>O status “%1” fecha o caso: descreva a solução.</translation>
    </message>
    <message>
        <source>Custom field %1 has no name.</source>
        <translation>O campo personalizado %1 não tem nome.</translation>
    </message>
    <message>
        <source>The custom field “%1” appears more than once.</source>
        <translation>O campo personalizado “%1” aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” não é um arquivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Não é possível ler “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no file extension; the CRM accepts only %2.</source>
        <translation>“%1” não tem extensão; o CRM só aceita %2.</translation>
    </message>
    <message>
        <source>The CRM does not accept .%1 files (“%2”); it accepts only %3.</source>
        <translation>O CRM não aceita arquivos .%1 (“%2”); só aceita %3.</translation>
    </message>
    <message>
        <source>“%1” is %2; the limit is %3.</source>
        <translation>“%1” tem %2; o limite é %3.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes). Attach the complete file.</source>
        <translation>“%1” está vazio (0 bytes). Anexe o arquivo completo.</translation>
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
        <translation>Adicionar às listas que o formulário oferece os tipos de caso, status, prioridades e usuários de um arquivo da equipe (CSV ou JSON)</translation>
    </message>
    <message>
        <source>E&amp;xport value lists…</source>
        <translation>E&amp;xportar listas de valores…</translation>
    </message>
    <message>
        <source>Save what Casedesk learned of each operation&apos;s values to a CSV or JSON file for the team</source>
        <translation>Salvar em um arquivo CSV ou JSON, para a equipe, o que o Casedesk aprendeu sobre os valores de cada operação</translation>
    </message>
    <message>
        <source>The status clo&amp;ses the case</source>
        <extracomment>Case menu item, disabled until a case type and a status are chosen</extracomment>
        <translation>O status &amp;fecha o caso</translation>
    </message>
    <message>
        <source>“%1” clo&amp;ses cases of type “%2”</source>
        <extracomment>Case menu item, checked when the status needs a solution; %1 the status, %2 the case type</extracomment>
        <translation>“%1” &amp;fecha casos do tipo “%2”</translation>
    </message>
    <message>
        <source>Checked: the status closes the case, so an update with it needs a solution. Casedesk learns this from the CRM&apos;s answers; set it here when it knows better.</source>
        <translation>Marcado: o status fecha o caso, então uma atualização com ele exige uma solução. O Casedesk aprende isso pelas respostas do CRM; ajuste aqui se você tiver uma informação mais precisa.</translation>
    </message>
    <message>
        <source>The value lists could not be changed</source>
        <translation>Não foi possível alterar as listas de valores</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… e mais %n problema.</numerusform>
            <numerusform>… e mais %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>Nada foi importado de %1</translation>
    </message>
    <message>
        <source>The history file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo de histórico: %1</translation>
    </message>
    <message>
        <source>Value lists imported from %1</source>
        <translation>Listas de valores importadas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s) added.</source>
        <translation>
            <numerusform>Valores novos adicionados: %n.</numerusform>
            <numerusform>%n valores novos adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known value(s) brought up to date.</source>
        <translation>
            <numerusform>Valores conhecidos atualizados: %n.</numerusform>
            <numerusform>%n valores conhecidos atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export value lists</source>
        <translation>Exportar listas de valores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The value lists could not be saved to %1</source>
        <translation>Não foi possível salvar as listas de valores em %1</translation>
    </message>
    <message>
        <source>Value lists exported</source>
        <translation>Listas de valores exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved to %1.</source>
        <translation>
            <numerusform>Valores salvos em %1: %n.</numerusform>
            <numerusform>%n valores salvos em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyFile</name>
    <message>
        <source>%1: only a status can be open or closed.</source>
        <translation>%1: só um status pode ser aberto ou fechado.</translation>
    </message>
    <message>
        <source>%1: the same value is listed twice.</source>
        <translation>%1: o mesmo valor aparece duas vezes.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a column of a vocabulary file (the columns are %3).</source>
        <translation>Linha %1: “%2” não é uma coluna de um arquivo de vocabulário (as colunas são %3).</translation>
    </message>
    <message>
        <source>Line %1: the column “%2” appears twice.</source>
        <translation>Linha %1: a coluna “%2” aparece duas vezes.</translation>
    </message>
    <message>
        <source>The file has no “%1” column.</source>
        <translation>O arquivo não tem a coluna “%1”.</translation>
    </message>
    <message>
        <source>The file has %1 rows; a vocabulary file holds at most %2.</source>
        <translation>O arquivo tem %1 linhas; um arquivo de vocabulário contém no máximo %2.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>%1: the kind “%2” is not one of case_type, status, priority, responsible.</source>
        <translation>%1: o tipo “%2” não é case_type, status, priority nem responsible.</translation>
    </message>
    <message>
        <source>%1: the use count “%2” is not a whole number from 0 to %3.</source>
        <translation>%1: a contagem de uso “%2” não é um número inteiro de 0 a %3.</translation>
    </message>
    <message>
        <source>%1: the time “%2” is not a number of milliseconds.</source>
        <translation>%1: o tempo “%2” não é um número de milissegundos.</translation>
    </message>
    <message>
        <source>%1: refused and closed_by_hand take yes or no.</source>
        <translation>%1: refused e closed_by_hand aceitam yes ou no.</translation>
    </message>
    <message>
        <source>%1: closed takes “open”, “closed” or nothing, not “%2”.</source>
        <translation>%1: closed aceita “open”, “closed” ou nada, não “%2”.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1, at byte %2).</source>
        <translation>O arquivo não é um JSON válido (%1, no byte %2).</translation>
    </message>
    <message>
        <source>The file is not a Casedesk vocabulary (its “format” is not “%1”).</source>
        <translation>O arquivo não é um vocabulário do Casedesk (o “format” dele não é “%1”).</translation>
    </message>
    <message>
        <source>The file&apos;s “version” is not a version number.</source>
        <translation>A “version” do arquivo não é um número de versão.</translation>
    </message>
    <message>
        <source>The file was written by a newer Casedesk (vocabulary version %1; this one reads version %2). Update Casedesk to import it.</source>
        <translation>O arquivo foi gravado por um Casedesk mais novo (versão de vocabulário %1; este lê a versão %2). Atualize o Casedesk para importá-lo.</translation>
    </message>
    <message>
        <source>The file has no “entries” list.</source>
        <translation>O arquivo não tem uma lista “entries”.</translation>
    </message>
    <message>
        <source>The file has %1 entries; a vocabulary file holds at most %2.</source>
        <translation>O arquivo tem %1 entradas; um arquivo de vocabulário contém no máximo %2.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 não é um objeto.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field of a vocabulary entry.</source>
        <translation>%1: “%2” não é um campo de uma entrada de vocabulário.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a text.</source>
        <translation>%1: “%2” deve ser um texto.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 to %3.</source>
        <translation>%1: “%2” deve ser um número inteiro de 0 a %3.</translation>
    </message>
    <message>
        <source>%1: “%2” must be true or false.</source>
        <translation>%1: “%2” deve ser true ou false.</translation>
    </message>
    <message>
        <source>%1: the kind is not one of case_type, status, priority, responsible.</source>
        <translation>%1: o tipo não é case_type, status, priority nem responsible.</translation>
    </message>
    <message>
        <source>%1: “closed” must be true, false or null.</source>
        <translation>%1: “closed” deve ser true, false ou null.</translation>
    </message>
    <message>
        <source>The file is larger than %1; a vocabulary file is far smaller.</source>
        <translation>O arquivo passa de %1; um arquivo de vocabulário é bem menor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1: the operation is empty.</source>
        <translation>%1: a operação está vazia.</translation>
    </message>
    <message>
        <source>%1: the operation is longer than %2 characters.</source>
        <translation>%1: a operação tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the operation holds control or direction characters.</source>
        <translation>%1: a operação contém caracteres de controle ou de direção.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: o valor está vazio.</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters.</source>
        <translation>%1: o valor tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the value holds control or direction characters.</source>
        <translation>%1: o valor contém caracteres de controle ou de direção.</translation>
    </message>
    <message>
        <source>%1: the case type is empty.</source>
        <translation>%1: o tipo de caso está vazio.</translation>
    </message>
    <message>
        <source>%1: the case type is longer than %2 characters.</source>
        <translation>%1: o tipo de caso tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1: the case type holds control or direction characters.</source>
        <translation>%1: o tipo de caso contém caracteres de controle ou de direção.</translation>
    </message>
    <message>
        <source>%1: a case type belongs to no other case type; leave case_type empty.</source>
        <translation>%1: um tipo de caso não pertence a outro tipo de caso; deixe case_type vazio.</translation>
    </message>
    <message>
        <source>%1: a responsible person belongs to no case type; leave case_type empty.</source>
        <translation>%1: um responsável não pertence a nenhum tipo de caso; deixe case_type vazio.</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <source>The history file is not open, so what Casedesk learns cannot be kept.</source>
        <translation>O arquivo de histórico não está aberto, então o que o Casedesk aprende não pode ser mantido.</translation>
    </message>
    <message>
        <source>Name the operation, the case type and the status.</source>
        <translation>Informe a operação, o tipo de caso e o status.</translation>
    </message>
    <message>
        <source>An entry has no operation, value or case type.</source>
        <translation>Uma entrada não tem operação, valor ou tipo de caso.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Correct wolkvox CRM cases. The token is read from WOLKVOX_TOKEN or typed in the window; never pass it on the command line.</source>
        <translation>Corrige casos do CRM wolkvox. O token é lido de WOLKVOX_TOKEN ou digitado na janela; nunca o passe na linha de comando.</translation>
    </message>
    <message>
        <source>CRM server to connect to.</source>
        <translation>Servidor do CRM ao qual se conectar.</translation>
    </message>
    <message>
        <source>CRM operation.</source>
        <translation>Operação do CRM.</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the language chosen in Settings, or the system&apos;s).</source>
        <translation>Idioma da janela: %1 (padrão: o idioma selecionado em Configurações ou o do sistema).</translation>
    </message>
    <message>
        <source>Files to attach to the case. When Casedesk is already running, its window comes to the front and attaches them.</source>
        <translation>Arquivos para anexar ao caso. Se o Casedesk já estiver aberto, a janela dele vem para a frente e os anexa.</translation>
    </message>
    <message>
        <source>Casedesk</source>
        <translation>Casedesk</translation>
    </message>
    <message>
        <source>Casedesk is already running but does not respond. Close it, or end it from the system monitor, and start Casedesk again.</source>
        <translation>O Casedesk já está aberto, mas não responde. Feche-o, ou encerre-o pelo monitor do sistema, e inicie o Casedesk novamente.</translation>
    </message>
</context>
</TS>
