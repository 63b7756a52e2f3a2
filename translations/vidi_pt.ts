<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>A registar…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Falha no registo</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Não registado</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Outro número</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Toque</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>Transferir para</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Introduza o número</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Em espera: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Pesquisar nome ou número</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Sem contactos</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sem resultados</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valor inválido</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>Tecla DSS %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Efetuadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Reencaminhadas</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Sem chamadas</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Sem serviço</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>Ligar a %1 quando livre?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nova chamada perdida</numerusform>
            <numerusform>%n novas chamadas perdidas</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Chamada em espera</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>Em conferência</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Em espera pelo outro lado</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Ligar vídeo</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Desligar vídeo</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Débito</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Perda (entrada / saída)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida e volta</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Buffer de jitter</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vidi</source>
        <translation>Vidi</translation>
    </message>
</context>
<context>
    <name>OutgoingScreen</name>
    <message>
        <source>Ringing...</source>
        <translation>A tocar...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>A chamar...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>mais de %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>«%1» não é 0 nem 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» não é um número inteiro</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fora de %2 a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» não é um número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» não é um endereço IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>«%1» não é um URL http, https, ftp, tftp ou file</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>não são permitidas quebras de linha</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Palavra-passe errada</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>As palavras-passe diferem</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valor inválido</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Introduza a palavra-passe de administrador</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Código ligar</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Código desligar</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Após toque de</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Brilho</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Retroiluminação</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Desligada em repouso</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Atenuada em repouso</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Tempo da retroiluminação</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Sempre ligada</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Tipo de hora</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>Servidor NTP 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>Servidor NTP 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Hora de verão</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Formato da data</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Formato da hora</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 horas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Funções de chamada</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Reencaminhamento</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Reencaminhar sempre</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Reencaminhar se ocupado</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Reencaminhar sem resposta</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Chamada em espera</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Tom de aviso</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Atendimento automático</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Chamada anónima</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Rejeitar anónimas</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercomunicador</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Intercomunicador sem som</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Tom do intercomunicador</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Intercomunicador prioritário</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Tecla de envio</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Registar histórico</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Linha direta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Atraso da linha direta</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Remarcação automática</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Intervalo de remarcação</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Número de tentativas</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Conclusão de chamada</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>Porta WAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>IP estático</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Máscara de sub-rede</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>DNS primário</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>DNS secundário</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>Utilizador PPPoE</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>Palavra-passe PPPoE</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>Número VID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP ativo</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>Porta HTTP</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS ativo</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>Porta HTTPS</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Definir palavra-passe</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Palavra-passe atual</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nova palavra-passe</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Confirmar palavra-passe</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Imagem de fundo</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Toques</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Toque</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silêncio</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Com som</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NI</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Ligar antes</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Ligar de volta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Novo contacto</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Sem serviço</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NI</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Auscultador</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>Endereço MAC</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>O telefone está bloqueado. Introduza o PIN para desbloquear.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN errado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Vídeo desligado</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NI</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Retornar chamada</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Estacionar</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Correio de voz</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Marcação rápida</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercomunicador</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Captura de grupo</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>Lista BLF</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Linha partilhada</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>A inicializar... Aguarde</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Número proibido</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 guardado nos contactos</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>A reiniciar, aguarde...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>O contacto já não existe</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Um contacto precisa de um nome</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>Os contactos estão cheios</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Não guardado: nome já usado ou número inválido</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Telefone bloqueado: só números de emergência</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Um grupo precisa de um nome</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Já existe um grupo com esse nome</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valor inválido</translation>
    </message>
</context>
</TS>
