<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Error de registro</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Otro número</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Tono de llamada</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
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
        <translation>Transferir a</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Introduzca el número</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Buscar nombre o número</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin resultados</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valor no válido</translation>
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
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
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
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Desviadas</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Sin llamadas</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Sin servicio</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>¿Llamar a %1 cuando esté libre?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nueva llamada perdida</numerusform>
            <numerusform>%n nuevas llamadas perdidas</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Llamada en espera</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>En conferencia</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>En espera por el otro lado</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Activar vídeo</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Detener vídeo</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Pérdida (entrada / salida)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Fluctuación</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Búfer de fluctuación</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
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
        <translation>Sonando...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Llamando...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>«%1» no es 0 ni 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fuera de %2 a %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>«%1» no es una URL http, https, ftp, tftp o file</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>no se permiten saltos de línea</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>Las contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valor no válido</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Introduzca la contraseña de administrador</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Código activar</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Código desactivar</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Tras timbre de</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
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
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Retroiluminación</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Apagada en reposo</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Atenuada en reposo</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Tiempo de retroiluminación</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Siempre encendida</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Fecha y hora</translation>
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
        <translation>Zona horaria</translation>
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
        <translation>Horario de verano</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Formato de hora</translation>
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
        <translation>Funciones de llamada</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Desvío de llamadas</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Desviar siempre</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Desviar si ocupado</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Desviar si no contesta</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Llamada en espera</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Tono de aviso</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Llamada anónima</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Rechazar anónimas</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercomunicador</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Intercomunicador silenciado</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Tono de intercomunicador</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Intercomunicador prioritario</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Tecla de envío</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Guardar historial</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Línea directa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Retardo de línea directa</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Rellamada automática</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Intervalo de rellamada</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Número de intentos</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Completar llamada</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>Puerto WAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>IP estática</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Máscara de subred</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>DNS primario</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>DNS secundario</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>Usuario PPPoE</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>Contraseña PPPoE</translation>
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
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP activo</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>Puerto HTTP</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS activo</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>Puerto HTTPS</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Fondo de pantalla</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Tonos de llamada</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Tono de llamada</translation>
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
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NM</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Llamar antes</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Sin servicio</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NM</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Auricular</translation>
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
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>Dirección MAC</translation>
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
        <translation>El teléfono está bloqueado. Introduzca el PIN para desbloquearlo.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>Vídeo detenido</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
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
        <translation>NM</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Devolver llamada</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Marcación rápida</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercomunicador</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
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
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Línea compartida</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Inicializando... Espere</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Número prohibido</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 guardado en la agenda</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Reiniciando, espere...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>El contacto ya no existe</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contacto necesita un nombre</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>La agenda está llena</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>No guardado: nombre ya usado o número no válido</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Teléfono bloqueado: solo números de emergencia</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Un grupo necesita un nombre</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Ya hay un grupo con ese nombre</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valor no válido</translation>
    </message>
</context>
</TS>
