<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <translation>Toque no ecrã para começar</translation>
    </message>
    <message>
        <source>The previous session has been erased.</source>
        <translation>A sessão anterior foi apagada.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Escolha a sua língua</translation>
    </message>
</context>
<context>
    <name>BrowserScreen</name>
    <message>
        <source>Close this tab</source>
        <translation>Fechar este separador</translation>
    </message>
    <message>
        <source>“%1” is saved in My documents.</source>
        <translation>O documento «%1» foi guardado em «Os meus documentos».</translation>
    </message>
    <message>
        <source>A copy of the page “%1” is saved in My documents, ready to print.</source>
        <translation>Uma cópia da página «%1» foi guardada em «Os meus documentos». Está pronta para imprimir.</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>Não foi possível preparar a página para imprimir.</translation>
    </message>
    <message>
        <source>A site tried to open another tab, but too many are open. Close one first.</source>
        <translation>Um site tentou abrir outro separador, mas há demasiados separadores abertos. Feche primeiro um separador.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is too large.</source>
        <translation>O documento «%1» não foi guardado: o ficheiro é demasiado grande.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the download stopped.</source>
        <translation>O documento «%1» não foi guardado: a transferência parou.</translation>
    </message>
    <message>
        <source>“%1” could not be saved. Please ask a mediator.</source>
        <translation>Não foi possível guardar o documento «%1». Peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>This kind of page cannot be opened here.</source>
        <translation>Este tipo de página não pode ser aberto aqui.</translation>
    </message>
    <message>
        <source>This link wants to open another program. That is not possible on this terminal.</source>
        <translation>Este link quer abrir outro programa. Isso não é possível neste computador.</translation>
    </message>
    <message>
        <source>This site is not available on this terminal.</source>
        <translation>Este site não está disponível neste computador.</translation>
    </message>
    <message>
        <source>This site is blocked on this terminal.</source>
        <translation>Este site está bloqueado neste computador.</translation>
    </message>
    <message>
        <source>Typing an address is not possible here: use the tiles.</source>
        <translation>Não pode escrever endereços aqui: toque num dos sites propostos.</translation>
    </message>
    <message>
        <source>This is not a web address. Example: www.service-public.fr</source>
        <translation>Isto não é um endereço web. Exemplo: www.service-public.fr</translation>
    </message>
    <message>
        <source>“%1” was not saved: this kind of file could be dangerous.</source>
        <translation>O documento «%1» não foi guardado: este tipo de ficheiro pode ser perigoso.</translation>
    </message>
    <message>
        <source>Checking your download…</source>
        <translation>A verificar a sua transferência…</translation>
    </message>
    <message>
        <source>“%1” was not saved: files cannot be checked on this terminal now. Please ask a mediator.</source>
        <translation>O documento «%1» não foi guardado: neste momento, não é possível verificar ficheiros neste computador. Peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>“%1” was not saved: a virus was found in it.</source>
        <translation>O documento «%1» não foi guardado: foi encontrado um vírus.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file cannot be read.</source>
        <translation>O documento «%1» não foi guardado: o ficheiro não pode ser lido.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the file is empty.</source>
        <translation>O documento «%1» não foi guardado: o ficheiro está vazio.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document is protected by a password.</source>
        <translation>O documento «%1» não foi guardado: está protegido por uma palavra-passe.</translation>
    </message>
    <message>
        <source>“%1” was not saved: its name does not match its content.</source>
        <translation>O documento «%1» não foi guardado: o nome não corresponde ao conteúdo.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the document has too many pages.</source>
        <translation>O documento «%1» não foi guardado: tem demasiadas páginas.</translation>
    </message>
    <message>
        <source>“%1” was not saved: this file takes too long to check.</source>
        <translation>O documento «%1» não foi guardado: a verificação deste ficheiro demora demasiado tempo.</translation>
    </message>
    <message>
        <source>“%1” was not saved: office documents cannot be opened on this terminal. Look for a PDF version on the site.</source>
        <translation>O documento «%1» não foi guardado: os documentos do Office (Word, Excel…) não abrem neste computador. Procure uma versão em PDF no site.</translation>
    </message>
    <message>
        <source>No Internet connection</source>
        <translation>Sem ligação à Internet</translation>
    </message>
    <message>
        <source>The terminal cannot reach the Internet right now. What still works: %1. You can try again in a moment, or ask a mediator.</source>
        <translation>Neste momento, o computador não consegue ligar-se à Internet. O que funciona sem Internet: %1. Tente de novo daqui a pouco, ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>This site could not be checked</source>
        <translation>Não foi possível verificar este site</translation>
    </message>
    <message>
        <source>Its security certificate is not valid, so someone could read or change what you send. The page was blocked to protect you. Check the address, or ask a mediator.</source>
        <translation>O certificado de segurança deste site não é válido. Por isso, alguém poderia ler ou alterar o que envia. A página foi bloqueada para sua proteção. Verifique o endereço, ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>The page stopped</source>
        <translation>A página parou</translation>
    </message>
    <message>
        <source>This page stopped working. Nothing else is affected. Touch Reload to open it again.</source>
        <translation>Esta página deixou de funcionar. O resto funciona normalmente. Toque em «Recarregar» para a abrir de novo.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Escolha um site</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <source>Type an address, e.g. www.caf.fr</source>
        <translation>Escreva um endereço, por exemplo www.caf.fr</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço web</translation>
    </message>
    <message>
        <source>Personal account: remember to log out when you have finished. Everything is erased when you end the session.</source>
        <translation>Conta pessoal: quando acabar, não se esqueça de sair da sua conta. Tudo é apagado quando terminar a sessão.</translation>
    </message>
</context>
<context>
    <name>DeviceScreens</name>
    <message>
        <source>Copied to your USB stick as “%1”.</source>
        <translation>Copiado para a sua pen USB como «%1».</translation>
    </message>
    <message>
        <source>This USB stick is protected against writing (look for a small switch on its side).</source>
        <translation>Esta pen USB está protegida contra escrita (procure um pequeno interruptor na lateral).</translation>
    </message>
    <message>
        <source>There is not enough room on the USB stick.</source>
        <translation>Não há espaço suficiente na pen USB.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>A pen USB já não está ligada.</translation>
    </message>
    <message>
        <source>The USB stick is busy. Wait a moment, then try again.</source>
        <translation>A pen USB está ocupada. Aguarde um momento e tente de novo.</translation>
    </message>
    <message>
        <source>The file could not be copied to the USB stick.</source>
        <translation>Não foi possível copiar o ficheiro para a pen USB.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Folha de recuperação</translation>
    </message>
    <message>
        <source>My safe: recovery sheet</source>
        <translation>O meu cofre: folha de recuperação</translation>
    </message>
    <message>
        <source>Your identifier</source>
        <translation>O seu identificador</translation>
    </message>
    <message>
        <source>Your recovery code (it opens your safe if you forget your secret)</source>
        <translation>O seu código de recuperação (abre o seu cofre se se esquecer da frase secreta)</translation>
    </message>
    <message>
        <source>Your secret (write it here only if you keep this sheet safe):</source>
        <translation>A sua frase secreta (escreva-a aqui só se guardar esta folha num lugar seguro):</translation>
    </message>
    <message>
        <source>If it is not opened before %1, your safe will be deleted.</source>
        <translation>Se não abrir o seu cofre antes de %1, será apagado.</translation>
    </message>
    <message>
        <source>Keep this sheet with your papers. Whoever has it can open your safe.</source>
        <translation>Guarde esta folha com os seus papéis. Quem a tiver pode abrir o seu cofre.</translation>
    </message>
    <message>
        <source>If you lose both your secret and this sheet, your documents are lost.</source>
        <translation>Se perder a frase secreta e também esta folha, os seus documentos ficam perdidos.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display and reading</source>
        <translation>Ecrã e leitura</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Texto muito grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Ler este ecrã em voz alta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <source>Before you go</source>
        <translation>Antes de sair</translation>
    </message>
    <message numerus="yes">
        <source>You have %n document(s) in My documents. When the session ends they are erased. Do you want to keep them first?</source>
        <translation>
            <numerusform>Tem %n documento em «Os meus documentos». Quando a sessão terminar, será apagado. Quer guardá-lo antes?</numerusform>
            <numerusform>Tem %n documentos em «Os meus documentos». Quando a sessão terminar, serão apagados. Quer guardá-los antes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to my documents</source>
        <translation>Voltar aos meus documentos</translation>
    </message>
    <message>
        <source>Erase everything and end</source>
        <translation>Apagar tudo e terminar</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>Something did not work</source>
        <translation>Algo não funcionou</translation>
    </message>
    <message>
        <source>It is not your fault. Please ask a mediator, or try again.</source>
        <translation>Não é culpa sua. Peça ajuda a um mediador, ou tente de novo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>%1 is coming</source>
        <translation>%1 vem a caminho</translation>
    </message>
    <message>
        <source>Stay here: your session stays open while you wait.</source>
        <translation>Fique aqui: a sua sessão continua aberta enquanto espera.</translation>
    </message>
    <message>
        <source>A mediator has been called</source>
        <translation>Foi chamado um mediador</translation>
    </message>
    <message numerus="yes">
        <source>You are number %n in the queue.</source>
        <translation>
            <numerusform>É o número %n na fila de espera.</numerusform>
            <numerusform>É o número %n na fila de espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mediator will come as soon as possible.</source>
        <translation>Um mediador virá logo que possível.</translation>
    </message>
    <message>
        <source>What do you need help with? (you can skip this)</source>
        <translation>Precisa de ajuda com quê? (não é obrigatório)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <source>A website</source>
        <translation>Um site</translation>
    </message>
    <message>
        <source>A USB stick</source>
        <translation>Uma pen USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>O meu cofre</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <source>I no longer need help</source>
        <translation>Já não preciso de ajuda</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>O que quer fazer?</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Pen USB</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>O meu cofre</translation>
    </message>
    <message>
        <source>Not available on this terminal yet</source>
        <translation>Ainda não disponível neste computador</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>The session ends in %n second(s).</source>
        <translation>
            <numerusform>A sessão termina daqui a %n segundo.</numerusform>
            <numerusform>A sessão termina daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>When the session ends, everything you did here is erased.</source>
        <translation>Quando a sessão terminar, tudo o que fez aqui será apagado.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminar agora</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Kiosk mode is paused. The public cannot use the terminal now.</source>
        <translation>O modo quiosque está em pausa. O público não pode usar o computador neste momento.</translation>
    </message>
    <message>
        <source>Recent events (no personal data)</source>
        <translation>Eventos recentes (sem dados pessoais)</translation>
    </message>
    <message>
        <source>Back to kiosk mode</source>
        <translation>Voltar ao modo quiosque</translation>
    </message>
    <message>
        <source>Quit Kiosk</source>
        <translation>Sair do Kiosk</translation>
    </message>
</context>
<context>
    <name>MediatorConsole</name>
    <message numerus="yes">
        <source>waiting for %n minute(s)</source>
        <translation>
            <numerusform>à espera há %n minuto</numerusform>
            <numerusform>à espera há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 vai lá</translation>
    </message>
    <message>
        <source>Connected to the site&apos;s network.</source>
        <translation>Ligado à rede do espaço.</translation>
    </message>
    <message>
        <source>Cannot reach the site&apos;s message server (%1). Calls are kept on the terminals and will appear here when it is back.</source>
        <translation>Não é possível contactar o servidor de mensagens do espaço (%1). Os pedidos ficam guardados nos computadores e vão aparecer aqui quando o servidor voltar a responder.</translation>
    </message>
    <message>
        <source>Connecting to the site&apos;s network…</source>
        <translation>A ligar à rede do espaço…</translation>
    </message>
    <message>
        <source>A mediator</source>
        <translation>Um mediador</translation>
    </message>
    <message>
        <source>The answer could not be sent: the site&apos;s message server cannot be reached.</source>
        <translation>Não foi possível enviar a resposta: não é possível contactar o servidor de mensagens do espaço.</translation>
    </message>
    <message>
        <source>Help requested</source>
        <translation>Pedido de ajuda</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impressão</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>digitalização</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>um site</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>uma pen USB</translation>
    </message>
    <message>
        <source>the safe</source>
        <translation>o cofre</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <source>free</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fora de serviço</translation>
    </message>
    <message>
        <source>switched off or disconnected</source>
        <translation>desligado ou sem ligação à rede</translation>
    </message>
    <message>
        <source>printer problem</source>
        <translation>problema na impressora</translation>
    </message>
    <message>
        <source>scanner problem</source>
        <translation>problema no scanner</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <source>Your name, as the public will see it:</source>
        <translation>O seu nome, tal como o público o vai ver:</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>Pedidos em curso</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Computadores</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Vou já</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Código errado. Resta %n tentativa.</numerusform>
            <numerusform>Código errado. Restam %n tentativas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Código errado.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados códigos errados. Tente de novo daqui a %n minuto.</numerusform>
            <numerusform>Demasiados códigos errados. Tente de novo daqui a %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set on this terminal. An administrator sets one with &apos;kiosk set-pin&apos;.</source>
        <translation>Não há nenhum código do pessoal definido neste computador. Um administrador pode criar um com &apos;kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Não foi possível verificar o código. Tente de novo.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta dos dados</translation>
    </message>
    <message>
        <source>Session folder</source>
        <translation>Pasta da sessão</translation>
    </message>
    <message>
        <source>Last erase check</source>
        <translation>Última verificação do apagamento</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bem-sucedida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma até agora</translation>
    </message>
    <message>
        <source>Out of service because of</source>
        <translation>Motivo da indisponibilidade</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Maiúscula</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Números e sinais</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Esconder o teclado</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>Este computador está fora de serviço</translation>
    </message>
    <message>
        <source>Please ask a mediator. Nobody&apos;s documents can be seen on this terminal.</source>
        <translation>Peça ajuda a um mediador. Nenhum documento pessoal está visível neste computador.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n cópia</numerusform>
            <numerusform>%n cópias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This uses %n page(s).</source>
        <translation>
            <numerusform>Vai imprimir %n página.</numerusform>
            <numerusform>Vai imprimir %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this session.</source>
        <translation>
            <numerusform>Pode imprimir mais %n página nesta sessão.</numerusform>
            <numerusform>Pode imprimir mais %n páginas nesta sessão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the printer:</source>
        <translation>Impressão em espera:</translation>
    </message>
    <message>
        <source>Printed. Take your pages from the printer.</source>
        <translation>Já está impresso. Retire as suas páginas da impressora.</translation>
    </message>
    <message>
        <source>The printing was stopped.</source>
        <translation>A impressão foi interrompida.</translation>
    </message>
    <message>
        <source>The printer could not print this document. Call a mediator.</source>
        <translation>A impressora não conseguiu imprimir este documento. Chame um mediador.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <source>Waiting for the printer…</source>
        <translation>À espera da impressora…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>A preparar a pré-visualização…</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>A enviar para a impressora…</translation>
    </message>
    <message>
        <source>Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5).</source>
        <translation>Escreva as páginas assim: 1-3, 5 (páginas 1 a 3 e página 5).</translation>
    </message>
    <message>
        <source>Choose between 1 and 20 copies.</source>
        <translation>Escolha entre 1 e 20 cópias.</translation>
    </message>
    <message>
        <source>This needs more pages than are left for this session. A mediator can allow more: call one.</source>
        <translation>Não lhe restam páginas suficientes nesta sessão. Chame um mediador: ele pode dar-lhe mais.</translation>
    </message>
    <message>
        <source>This document cannot be read, so it cannot be printed.</source>
        <translation>Não é possível ler este documento, por isso não pode ser impresso.</translation>
    </message>
    <message>
        <source>This document is protected by a password, so it cannot be printed here.</source>
        <translation>Este documento está protegido por uma palavra-passe, por isso não pode ser impresso aqui.</translation>
    </message>
    <message>
        <source>the printer has no paper. Call a mediator.</source>
        <translation>a impressora não tem papel. Chame um mediador.</translation>
    </message>
    <message>
        <source>paper is stuck in the printer. Call a mediator.</source>
        <translation>há papel encravado na impressora. Chame um mediador.</translation>
    </message>
    <message>
        <source>the printer has no ink left. Call a mediator.</source>
        <translation>a impressora não tem tinta. Chame um mediador.</translation>
    </message>
    <message>
        <source>a door of the printer is open.</source>
        <translation>uma tampa da impressora está aberta.</translation>
    </message>
    <message>
        <source>the printer is switched off or not connected.</source>
        <translation>a impressora está desligada ou sem ligação.</translation>
    </message>
    <message>
        <source>No printer is available. Call a mediator.</source>
        <translation>Não há nenhuma impressora disponível. Chame um mediador.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo não funcionou. Tente de novo, ou chame um mediador.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>A cores</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Preto e branco</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Chamar um mediador</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Pages to print (empty: all), for example 1-3, 5:</source>
        <translation>Páginas a imprimir (deixe vazio para imprimir todas), por exemplo 1-3, 5:</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas as páginas</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Screen hidden. Touch to show it again.</source>
        <translation>Ecrã escondido. Toque no ecrã para o ver de novo.</translation>
    </message>
</context>
<context>
    <name>SafeScreen</name>
    <message>
        <source>Your safe keeps copies of your papers, locked with a secret that only you know. The staff cannot open it. Nobody else can either, unless you choose to let your social worker open it.</source>
        <translation>O seu cofre guarda cópias dos seus papéis. Está fechado com uma frase secreta que só é conhecida por si. Os funcionários não o podem abrir. Mais ninguém o pode fazer, a não ser que decida deixar o seu assistente social abri-lo.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal. A mediator can tell you more.</source>
        <translation>O cofre não está disponível neste computador. Um mediador pode explicar-lhe mais.</translation>
    </message>
    <message>
        <source>Making your safe…</source>
        <translation>A criar o seu cofre…</translation>
    </message>
    <message>
        <source>Your safe has a new secret. Learn it or write it down.</source>
        <translation>O seu cofre tem uma nova frase secreta. Decore-a ou anote-a.</translation>
    </message>
    <message>
        <source>Your safe is ready. Learn your secret or write it down.</source>
        <translation>O seu cofre está pronto. Decore a sua frase secreta ou anote-a.</translation>
    </message>
    <message>
        <source>Your recovery sheet is printing. Take it from the printer and keep it with your papers.</source>
        <translation>A sua folha de recuperação está a ser impressa. Retire-a da impressora e guarde-a com os seus papéis.</translation>
    </message>
    <message>
        <source>No printer is available: your recovery sheet is in My documents. Print it, or ask a mediator.</source>
        <translation>Não há nenhuma impressora disponível. A sua folha de recuperação está em «Os meus documentos». Imprima-a, ou peça ajuda a um mediador.</translation>
    </message>
    <message>
        <source>That is not the last group of the code on the sheet. Look again.</source>
        <translation>Este não é o último grupo do código da folha. Veja outra vez.</translation>
    </message>
    <message>
        <source>Type your identifier and your secret.</source>
        <translation>Escreva o seu identificador e a sua frase secreta.</translation>
    </message>
    <message>
        <source>Opening your safe…</source>
        <translation>A abrir o seu cofre…</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Demasiadas tentativas. Espere %n minuto e tente de novo.</numerusform>
            <numerusform>Demasiadas tentativas. Espere %n minutos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No safe has this identifier on this terminal. Check it on your sheet.</source>
        <translation>Nenhum cofre tem este identificador neste computador. Confirme-o na sua folha.</translation>
    </message>
    <message>
        <source>This secret does not open the safe. Check it, and try again.</source>
        <translation>Esta frase secreta não abre o cofre. Verifique-a e tente de novo.</translation>
    </message>
    <message>
        <source>This recovery code has a mistake. Copy it again from your sheet.</source>
        <translation>Este código de recuperação tem um erro. Copie-o outra vez da sua folha.</translation>
    </message>
    <message>
        <source>Too many tries: now only your recovery sheet can open this safe.</source>
        <translation>Demasiadas tentativas: agora só a sua folha de recuperação pode abrir este cofre.</translation>
    </message>
    <message>
        <source>A document of this safe is damaged. Call a mediator.</source>
        <translation>Um documento deste cofre está danificado. Chame um mediador.</translation>
    </message>
    <message>
        <source>Your safe locked itself. Open it again.</source>
        <translation>O seu cofre fechou-se sozinho. Abra-o outra vez.</translation>
    </message>
    <message>
        <source>The safe is not available on this terminal.</source>
        <translation>O cofre não está disponível neste computador.</translation>
    </message>
    <message>
        <source>This secret is too short: at least 6 letters.</source>
        <translation>Esta frase secreta é demasiado curta: pelo menos 6 letras.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Escreva o nome do assistente social.</translation>
    </message>
    <message>
        <source>This is the owner&apos;s secret. The social worker needs a secret of their own.</source>
        <translation>É a frase secreta do dono do cofre. O assistente social precisa de uma frase secreta própria.</translation>
    </message>
    <message>
        <source>Only the owner of the safe can do this.</source>
        <translation>Só o dono do cofre pode fazer isto.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo não funcionou. Tente de novo, ou chame um mediador.</translation>
    </message>
    <message numerus="yes">
        <source>%n try(ies) left before only the sheet works.</source>
        <translation>
            <numerusform>Resta-lhe %n tentativa. Depois, só a folha de recuperação vai funcionar.</numerusform>
            <numerusform>Restam-lhe %n tentativas. Depois, só a folha de recuperação vai funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your safe will be deleted if it is not opened before %1.</source>
        <translation>O seu cofre será apagado se não o abrir antes de %1.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe.</source>
        <translation>O seu assistente social pode abrir este cofre: %1.</translation>
    </message>
    <message>
        <source>“%1” expires on %2: think of renewing it.</source>
        <translation>O documento «%1» é válido até %2: não se esqueça de o renovar.</translation>
    </message>
    <message>
        <source>No document here yet. Add one from My documents.</source>
        <translation>Ainda não há nenhum documento aqui. Acrescente um a partir de «Os meus documentos».</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Ver ou imprimir</translation>
    </message>
    <message>
        <source>To My documents</source>
        <translation>Para Os meus documentos</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>Para a pen USB</translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Apagar mesmo?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Does this paper have an end date (an ID card, a residence permit)? Your safe will remind you two months before.</source>
        <translation>Este papel tem data de fim (cartão de identidade, autorização de residência)? O seu cofre lembra-o dois meses antes.</translation>
    </message>
    <message>
        <source>Putting the document in your safe…</source>
        <translation>A guardar o documento no seu cofre…</translation>
    </message>
    <message>
        <source>A copy of “%1” is in My documents until the end of the session.</source>
        <translation>Há uma cópia de «%1» em «Os meus documentos» até ao fim da sessão.</translation>
    </message>
    <message>
        <source>All your documents in one file, with a list of them. You can lock that file with a password: it then opens with the free program “age”.</source>
        <translation>Todos os seus documentos num só ficheiro, com a lista deles. Pode fechar esse ficheiro com uma palavra-passe: abre-se então com o programa gratuito «age».</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Escolha uma palavra-passe com pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Gathering all your documents…</source>
        <translation>A juntar todos os seus documentos…</translation>
    </message>
    <message>
        <source>My safe</source>
        <translation>O meu cofre</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one file locked with your password, with a list of them.</source>
        <translation>Todos os seus documentos estão em «Os meus documentos», num só ficheiro fechado com a sua palavra-passe, com a lista deles.</translation>
    </message>
    <message>
        <source>All your documents are in My documents, in one ZIP file, with a list of them.</source>
        <translation>Todos os seus documentos estão em «Os meus documentos», num só ficheiro ZIP, com uma lista.</translation>
    </message>
    <message>
        <source>Everything that happened to your safe:</source>
        <translation>Tudo o que aconteceu no seu cofre:</translation>
    </message>
    <message>
        <source>Your safe locked itself after a while without use. Open it again to go on.</source>
        <translation>O seu cofre fechou-se sozinho porque não foi usado durante algum tempo. Abra-o outra vez para continuar.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Habitação</translation>
    </message>
    <message>
        <source>CAF, income</source>
        <translation>CAF, rendimentos</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Emprego</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>safe created</source>
        <translation>cofre criado</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>documento acrescentado</translation>
    </message>
    <message>
        <source>document viewed</source>
        <translation>documento visto</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>documento impresso</translation>
    </message>
    <message>
        <source>everything exported</source>
        <translation>tudo recuperado</translation>
    </message>
    <message>
        <source>document deleted</source>
        <translation>documento apagado</translation>
    </message>
    <message>
        <source>wrong secret typed</source>
        <translation>frase secreta errada</translation>
    </message>
    <message>
        <source>opened with the recovery sheet</source>
        <translation>aberto com a folha de recuperação</translation>
    </message>
    <message>
        <source>secret changed</source>
        <translation>frase secreta alterada</translation>
    </message>
    <message>
        <source>new recovery sheet</source>
        <translation>nova folha de recuperação</translation>
    </message>
    <message>
        <source>you allowed a social worker to open your safe</source>
        <translation>permitiu a um assistente social abrir o seu cofre</translation>
    </message>
    <message>
        <source>you withdrew a social worker&apos;s access</source>
        <translation>retirou a autorização do assistente social</translation>
    </message>
    <message>
        <source>opened by your social worker</source>
        <translation>aberto pelo seu assistente social</translation>
    </message>
    <message>
        <source>Your identifier (on your sheet, like K7-MX4Q):</source>
        <translation>O seu identificador (está na sua folha, por exemplo K7-MX4Q):</translation>
    </message>
    <message>
        <source>The recovery code printed on your sheet:</source>
        <translation>O código de recuperação impresso na sua folha:</translation>
    </message>
    <message>
        <source>Your secret:</source>
        <translation>A sua frase secreta:</translation>
    </message>
    <message>
        <source>I have my secret</source>
        <translation>Tenho a minha frase secreta</translation>
    </message>
    <message>
        <source>I lost my secret: use my sheet</source>
        <translation>Perdi a frase secreta: usar a folha</translation>
    </message>
    <message>
        <source>Your identifier:</source>
        <translation>O seu identificador:</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>O seu código de recuperação:</translation>
    </message>
    <message>
        <source>To check that you have the sheet, type the last group of the recovery code (after the last dash). If you lose both your secret and the sheet, your documents are lost.</source>
        <translation>Para confirmar que tem a folha, escreva o último grupo do código de recuperação (depois do último hífen). Se perder a frase secreta e também a folha, os seus documentos ficam perdidos.</translation>
    </message>
    <message>
        <source>Open my safe</source>
        <translation>Abrir o meu cofre</translation>
    </message>
    <message>
        <source>Create my safe</source>
        <translation>Criar o meu cofre</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Chamar um mediador</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Add from My documents</source>
        <translation>Acrescentar documento</translation>
    </message>
    <message>
        <source>Get everything</source>
        <translation>Recuperar tudo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente social</translation>
    </message>
    <message>
        <source>Lock my safe</source>
        <translation>Fechar o cofre</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sem data de fim</translation>
    </message>
    <message>
        <source>ZIP without password</source>
        <translation>ZIP sem palavra-passe</translation>
    </message>
    <message>
        <source>Lock it with the password</source>
        <translation>Fechá-lo com a palavra-passe</translation>
    </message>
    <message>
        <source>It ends on this month</source>
        <translation>Termina neste mês</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Password to lock the file (leave empty for a plain ZIP):</source>
        <translation>Palavra-passe para fechar o ficheiro (deixe vazio para um ZIP simples):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Opened by the social worker. The owner will see this visit in the history.</source>
        <translation>Aberto pelo assistente social. O dono verá esta visita no histórico.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Looking for the scanner…</source>
        <translation>À procura do scanner…</translation>
    </message>
    <message>
        <source>Scanning needs a mediator here. Call one: they will unlock it for you.</source>
        <translation>Aqui, para digitalizar é preciso um mediador. Chame um mediador: ele desbloqueia o scanner para si.</translation>
    </message>
    <message>
        <source>What are you scanning?</source>
        <translation>O que quer digitalizar?</translation>
    </message>
    <message>
        <source>Put your pages in the feeder, face up.</source>
        <translation>Coloque as suas páginas no alimentador, viradas para cima.</translation>
    </message>
    <message>
        <source>Put your document face down on the glass, in the corner with the arrow, and close the lid.</source>
        <translation>Coloque o documento virado para baixo sobre o vidro, no canto da seta, e feche a tampa.</translation>
    </message>
    <message numerus="yes">
        <source>Scanning page %n…</source>
        <translation>
            <numerusform>A digitalizar a página %n…</numerusform>
            <numerusform>A digitalizar a página %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner. Open it gently, take the paper out, then try again.</source>
        <translation>O papel ficou encravado no scanner. Abra-o com cuidado, tire o papel e tente de novo.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it, then try again.</source>
        <translation>A tampa do scanner está aberta. Feche-a e tente de novo.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put your pages in, then try again.</source>
        <translation>Não há papel no alimentador. Coloque as suas páginas e tente de novo.</translation>
    </message>
    <message>
        <source>The scanner is busy. Wait a moment, then try again.</source>
        <translation>O scanner está ocupado. Espere um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>The scanner is not answering. Check that it is switched on, or call a mediator.</source>
        <translation>O scanner não responde. Verifique se está ligado, ou chame um mediador.</translation>
    </message>
    <message>
        <source>Scanning stopped. Nothing was kept from this page.</source>
        <translation>A digitalização parou. Nada desta página foi guardado.</translation>
    </message>
    <message>
        <source>The scanner did not manage to scan. Try again, or call a mediator.</source>
        <translation>O scanner não conseguiu digitalizar. Tente de novo, ou chame um mediador.</translation>
    </message>
    <message>
        <source>Check your pages. You can turn, move, retake or remove each one.</source>
        <translation>Verifique as suas páginas. Pode rodar, mudar de lugar, repetir ou remover cada uma.</translation>
    </message>
    <message numerus="yes">
        <source>Page %n</source>
        <translation>
            <numerusform>Página %n</numerusform>
            <numerusform>Página %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload sites often refuse files that are too big.</source>
        <translation>Os sites recusam muitas vezes ficheiros demasiado grandes.</translation>
    </message>
    <message>
        <source>Preparing your document…</source>
        <translation>A preparar o seu documento…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n page(s), %1.</source>
        <translation>
            <numerusform>Pronto: %n página, %1.</numerusform>
            <numerusform>Pronto: %n páginas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is as small as it can be while staying readable.</source>
        <translation>É o tamanho mais pequeno possível para continuar legível.</translation>
    </message>
    <message>
        <source>The document could not be prepared. Try again.</source>
        <translation>Não foi possível preparar o documento. Tente de novo.</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>Digitalização %1</translation>
    </message>
    <message>
        <source>The document could not be saved. Try again.</source>
        <translation>Não foi possível guardar o documento. Tente de novo.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Digitalizar</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Um documento</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Uma fotografia</translation>
    </message>
    <message>
        <source>An ID card</source>
        <translation>Um cartão de identidade</translation>
    </message>
    <message>
        <source>Several pages in the feeder</source>
        <translation>Várias páginas no alimentador</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Chamar um mediador</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation>Acrescentar uma página</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Rodar</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Black and white text (smallest)</source>
        <translation>Texto a preto e branco (ficheiro mais pequeno)</translation>
    </message>
    <message>
        <source>Back to the pages</source>
        <translation>Voltar às páginas</translation>
    </message>
    <message>
        <source>Put in my documents</source>
        <translation>Guardar nos meus documentos</translation>
    </message>
    <message numerus="yes">
        <source>%n MB at most</source>
        <translation>
            <numerusform>%n MB no máximo</numerusform>
            <numerusform>%n MB no máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Digitalização</translation>
    </message>
    <message>
        <source>How big may the file be?</source>
        <translation>Qual é o tamanho máximo do ficheiro?</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Mediator called</source>
        <translation>Mediador chamado</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Chamar um mediador</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Esconder</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Esconder o ecrã</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Ler este ecrã em voz alta</translation>
    </message>
    <message>
        <source>Reading mask: hide everything but one line</source>
        <translation>Máscara de leitura: esconder tudo menos uma linha</translation>
    </message>
    <message>
        <source>Text size and contrast</source>
        <translation>Tamanho do texto e contraste</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar a sessão</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>Staff access</source>
        <translation>Acesso reservado ao pessoal</translation>
    </message>
    <message>
        <source>Call a mediator</source>
        <translation>Chamar um mediador</translation>
    </message>
</context>
<context>
    <name>SocialWorkerStep</name>
    <message>
        <source>You can let a social worker you trust open your safe, to help you with your papers. They open it with their own secret, not yours, and can read your documents. They cannot change your secret or delete your safe. Each visit is written in the history. You can withdraw this at any time.</source>
        <translation>Pode permitir que um assistente social da sua confiança abra o seu cofre, para o ajudar com os seus papéis. Ele abre-o com uma frase secreta própria, não com a sua, e pode ler os seus documentos. Não pode mudar a sua frase secreta nem apagar o seu cofre. Cada visita fica registada no histórico. Pode retirar esta autorização a qualquer momento.</translation>
    </message>
    <message>
        <source>Do you agree that %1 can open your safe and read your documents with their own secret? You can withdraw this at any time.</source>
        <translation>Concorda que %1 possa abrir o seu cofre e ler os seus documentos com uma frase secreta própria? Pode retirar esta autorização a qualquer momento.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open it.</source>
        <translation>%1 deixará de o poder abrir.</translation>
    </message>
    <message>
        <source>Your social worker %1 can open this safe with their own secret. You can withdraw this at any time.</source>
        <translation>O seu assistente social pode abrir este cofre com uma frase secreta própria: %1. Pode retirar esta autorização a qualquer momento.</translation>
    </message>
    <message>
        <source>Type the name of the social worker.</source>
        <translation>Escreva o nome do assistente social.</translation>
    </message>
    <message>
        <source>The social worker types the secret shown above, or a secret of their own of at least 6 letters.</source>
        <translation>O assistente social escreve a frase secreta acima, ou uma própria com pelo menos 6 letras.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>%1 can no longer open your safe.</source>
        <translation>%1 já não pode abrir o seu cofre.</translation>
    </message>
    <message>
        <source>Really withdraw?</source>
        <translation>Retirar mesmo?</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar a autorização</translation>
    </message>
    <message>
        <source>Name of the social worker, and where they work:</source>
        <translation>Nome do assistente social e onde trabalha:</translation>
    </message>
    <message>
        <source>A secret for the social worker:</source>
        <translation>Uma frase secreta para o assistente social:</translation>
    </message>
    <message>
        <source>Social worker: type this secret, or a secret of your own, and keep it. You will open this safe with it.</source>
        <translation>Assistente social: escreva esta frase secreta, ou uma sua, e guarde-a. É com ela que vai abrir este cofre.</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Sim, concordo</translation>
    </message>
    <message>
        <source>Name someone else</source>
        <translation>Escolher outra pessoa</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff access</source>
        <translation>Acesso reservado ao pessoal</translation>
    </message>
    <message>
        <source>End this session</source>
        <translation>Terminar esta sessão</translation>
    </message>
    <message>
        <source>Give more time</source>
        <translation>Dar mais tempo</translation>
    </message>
    <message>
        <source>Check and put back in service</source>
        <translation>Verificar e voltar a pôr em serviço</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Allow scanning</source>
        <translation>Permitir digitalizar</translation>
    </message>
    <message>
        <source>Allow more printing</source>
        <translation>Permitir imprimir mais</translation>
    </message>
    <message>
        <source>Open a safe with its sheet</source>
        <translation>Abrir um cofre com a sua folha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>TrayPicker</name>
    <message>
        <source>Choose a document to send</source>
        <translation>Escolha um documento para enviar</translation>
    </message>
    <message>
        <source>My documents is empty. Scan a paper, or open a file from a USB stick, first.</source>
        <translation>Não há nenhum documento em «Os meus documentos». Primeiro, digitalize um papel ou abra um ficheiro de uma pen USB.</translation>
    </message>
    <message>
        <source>Send this document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Os meus documentos</translation>
    </message>
</context>
<context>
    <name>TrayScreen</name>
    <message>
        <source>From the Internet</source>
        <translation>Da Internet</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Digitalizado</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>De uma pen USB</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>From my safe</source>
        <translation>Do meu cofre</translation>
    </message>
    <message>
        <source>Refused: this file could be dangerous</source>
        <translation>Recusado: este ficheiro pode ser perigoso</translation>
    </message>
    <message>
        <source>Checked and cleaned</source>
        <translation>Verificado e limpo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>To the USB stick</source>
        <translation>Para a pen USB</translation>
    </message>
    <message>
        <source>Copy %1 to the USB stick</source>
        <translation>Copiar %1 para a pen USB</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <source>Choose a document to print</source>
        <translation>Escolha um documento para imprimir</translation>
    </message>
    <message>
        <source>Nothing here yet. Documents you download, scan or open from a USB stick will appear here.</source>
        <translation>Ainda não há nada aqui. Os documentos que transferir, digitalizar ou abrir de uma pen USB vão aparecer aqui.</translation>
    </message>
    <message>
        <source>Everything here is erased when the session ends, unless you keep it.</source>
        <translation>Tudo o que está aqui é apagado quando a sessão terminar, a menos que o guarde.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Staff access: enter your PIN</source>
        <translation>Acesso do pessoal: escreva o seu código</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Erase one digit</source>
        <translation>Apagar um algarismo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UsbCopyConfirm</name>
    <message>
        <source>USB stick</source>
        <translation>Pen USB</translation>
    </message>
    <message>
        <source>Copy to your USB stick?</source>
        <translation>Copiar para a sua pen USB?</translation>
    </message>
    <message>
        <source>“%1” will be copied onto your USB stick. Nothing else on the stick is changed.</source>
        <translation>«%1» vai ser copiado para a sua pen USB. Nada mais é alterado na pen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Está bem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>UsbNotice</name>
    <message>
        <source>This device is refused</source>
        <translation>Este dispositivo foi recusado</translation>
    </message>
    <message>
        <source>It is not only a USB stick (it also acts as a keyboard, a network card or a radio), so the terminal does not open it. A mediator has been called.</source>
        <translation>Este dispositivo não é só uma pen USB: também funciona como teclado, placa de rede ou rádio. Por isso, o computador não o abre. Foi chamado um mediador.</translation>
    </message>
    <message>
        <source>USB stick detected</source>
        <translation>Pen USB detetada</translation>
    </message>
    <message>
        <source>Do you want to see its files? Nothing will be changed on your stick.</source>
        <translation>Quer ver os ficheiros? Nada será alterado na sua pen USB.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>UsbScreen</name>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>the stick</source>
        <translation>a pen USB</translation>
    </message>
    <message>
        <source>Your USB stick is here. Open it to see its files.</source>
        <translation>A sua pen USB está ligada. Abra-a para ver os ficheiros.</translation>
    </message>
    <message>
        <source>Plug your USB stick into the terminal.</source>
        <translation>Ligue a sua pen USB ao computador.</translation>
    </message>
    <message>
        <source>Your USB stick was removed. The files you took are still in My documents.</source>
        <translation>A sua pen USB foi retirada. Os ficheiros que copiou continuam em «Os meus documentos».</translation>
    </message>
    <message>
        <source>Opening your USB stick…</source>
        <translation>A abrir a sua pen USB…</translation>
    </message>
    <message>
        <source>Reading the list of files…</source>
        <translation>A ler a lista de ficheiros…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the list of files… %n file(s) so far.</source>
        <translation>
            <numerusform>A ler a lista de ficheiros… %n ficheiro até agora.</numerusform>
            <numerusform>A ler a lista de ficheiros… %n ficheiros até agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your USB stick</source>
        <translation>A sua pen USB</translation>
    </message>
    <message>
        <source>Reading stopped: only the files read so far are shown.</source>
        <translation>Leitura interrompida: só aparecem os ficheiros lidos até agora.</translation>
    </message>
    <message>
        <source>Touch a folder to open it, or a file to take it into My documents.</source>
        <translation>Toque numa pasta para a abrir, ou num ficheiro para o copiar para «Os meus documentos».</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta pasta está vazia.</translation>
    </message>
    <message>
        <source>Checking “%1” and preparing a safe copy…</source>
        <translation>A verificar «%1» e a preparar uma cópia segura…</translation>
    </message>
    <message>
        <source>“%1” is ready in My documents.</source>
        <translation>O documento «%1» está pronto em «Os meus documentos».</translation>
    </message>
    <message>
        <source>Preparing your USB stick to be removed…</source>
        <translation>A preparar a sua pen USB para a poder retirar…</translation>
    </message>
    <message>
        <source>You can remove your USB stick now.</source>
        <translation>Já pode retirar a sua pen USB.</translation>
    </message>
    <message>
        <source>A file of the stick is still in use. Wait a moment, then try again.</source>
        <translation>Um ficheiro da pen ainda está a ser usado. Espere um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>The USB stick is no longer there.</source>
        <translation>A pen USB já não está ligada.</translation>
    </message>
    <message>
        <source>This USB stick cannot be read here. It may use a format the terminal does not know.</source>
        <translation>Não é possível ler esta pen USB aqui. Talvez use um formato que o computador não conhece.</translation>
    </message>
    <message>
        <source>USB sticks cannot be read on this terminal now. Call a mediator.</source>
        <translation>Neste momento, não é possível ler pens USB neste computador. Chame um mediador.</translation>
    </message>
    <message>
        <source>Something went wrong with the USB stick.</source>
        <translation>Algo não funcionou com a pen USB.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call a mediator.</source>
        <translation>Algo não funcionou. Tente de novo, ou chame um mediador.</translation>
    </message>
    <message>
        <source>can be taken</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>program — not allowed</source>
        <translation>programa — não permitido</translation>
    </message>
    <message>
        <source>shortcut — not allowed</source>
        <translation>atalho — não permitido</translation>
    </message>
    <message>
        <source>compressed folder — not allowed</source>
        <translation>pasta comprimida — não permitida</translation>
    </message>
    <message>
        <source>protected document</source>
        <translation>documento protegido</translation>
    </message>
    <message>
        <source>document with macros — not allowed</source>
        <translation>documento com macros — não permitido</translation>
    </message>
    <message>
        <source>its name does not match its content — not allowed</source>
        <translation>o nome não corresponde ao conteúdo — não permitido</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>ficheiro ilegível</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Some folders are too deep to be read.</source>
        <translation>Algumas pastas estão dentro de demasiadas pastas e não podem ser lidas.</translation>
    </message>
    <message>
        <source>This stick holds too many files: only the first ones are shown.</source>
        <translation>Esta pen tem demasiados ficheiros: só aparecem os primeiros.</translation>
    </message>
    <message>
        <source>link — not allowed</source>
        <translation>link — não permitido</translation>
    </message>
    <message>
        <source>not a file — not allowed</source>
        <translation>não é um ficheiro — não permitido</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ficheiro vazio</translation>
    </message>
    <message>
        <source>You have taken enough files for this session.</source>
        <translation>Já copiou o número máximo de ficheiros permitido nesta sessão.</translation>
    </message>
    <message>
        <source>files cannot be checked on this terminal now</source>
        <translation>neste momento, não é possível verificar ficheiros neste computador</translation>
    </message>
    <message>
        <source>office documents cannot be opened here; save it as PDF</source>
        <translation>este documento do Office (Word, Excel…) não abre aqui: guarde-o em PDF</translation>
    </message>
    <message>
        <source>this file takes too long to check</source>
        <translation>a verificação deste ficheiro demora demasiado tempo</translation>
    </message>
    <message>
        <source>the file could not be copied from the stick</source>
        <translation>não foi possível copiar o ficheiro da pen</translation>
    </message>
    <message>
        <source>a virus was found in it — not allowed</source>
        <translation>foi encontrado um vírus — não autorizado</translation>
    </message>
    <message>
        <source>it changed on the stick after the list was read; open the stick again</source>
        <translation>mudou na pen USB depois de a lista ser lida; abra a pen de novo</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Pen USB</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>View or print</source>
        <translation>Ver ou imprimir</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Ejetar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
</context>
</TS>
