<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registrazione non riuscita</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Non registrato</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>Trasferisci a</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Inserisci numero</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>In attesa: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Cerca nome o numero</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista nera</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Nessun contatto</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessun risultato</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Effettuate</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Inoltrate</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Nessuna chiamata</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Nessun servizio</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>Richiamare %1 quando libero?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nuova chiamata persa</numerusform>
            <numerusform>%n nuove chiamate perse</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Avviso di chiamata</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>In conferenza</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Messo in attesa dall&apos;altro</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Avvia video</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Ferma video</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Perdita (in / out)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Andata e ritorno</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Chiamata in arrivo</translation>
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
        <translation>Squilla...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Chiamata...</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Componi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muto</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Chiama prima</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alterna</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Richiama</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Nessun servizio</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Cornetta</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>Indirizzo MAC</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Video fermato</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferisci</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attesa</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NonDist.</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Richiama ultimo</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Risposta per assente</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Parcheggio</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Segreteria</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Selezione rapida</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Intercom</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Risposta di gruppo</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>Elenco BLF</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linea %1</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Inizializzazione... Attendere</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Numero vietato</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 salvato in rubrica</translation>
    </message>
</context>
</TS>
