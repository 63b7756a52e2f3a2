<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Autre numéro</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Entrez le numéro</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Rechercher nom ou numéro</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valeur non valide</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>Touche DSS %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Liste noire</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Renvoyés</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Pas de service</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>Rappeler %1 quand libre ?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n nouvel appel manqué</numerusform>
            <numerusform>%n nouveaux appels manqués</numerusform>
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
        <translation>Appel en attente</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>En conférence</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Mis en attente par l&apos;autre</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Activer vidéo</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Couper vidéo</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Pertes (entrée / sortie)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Tampon de gigue</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
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
        <translation>Sonnerie...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Appel...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>« %1 » n’est ni 0 ni 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 n’est pas entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>« %1 » n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>« %1 » n’est pas une URL http, https, ftp, tftp ou file</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>les retours à la ligne ne sont pas permis</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>Les mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Valeur non valide</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Saisissez le mot de passe administrateur</translation>
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
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Code activation</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Code désactivation</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Après sonnerie de</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Paramètres de base</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Rétroéclairage</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Éteint au repos</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Atténué au repos</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Durée du rétroéclairage</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Toujours allumé</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Source de l&apos;heure</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>Serveur NTP 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>Serveur NTP 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Heure d&apos;été</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Format de l&apos;heure</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 heures</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Fonctions d&apos;appel</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Renvoi d&apos;appel</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Renvoi permanent</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Renvoi si occupé</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Renvoi sur non-réponse</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Appel en attente</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Bip d&apos;avertissement</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Appel anonyme</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Refus des anonymes</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Interphone</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Interphone muet</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Tonalité interphone</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Interphone prioritaire</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Touche d&apos;envoi</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Enregistrer l&apos;historique</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Ligne directe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Délai ligne directe</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Rappel automatique</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Intervalle de rappel</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Nombre de rappels</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Rappel automatique sur occupation</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>Port WAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>IP statique</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>DNS principal</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>DNS secondaire</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>Utilisateur PPPoE</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>Mot de passe PPPoE</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>Numéro VID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP actif</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>Port HTTP</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS actif</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>Port HTTPS</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Fond d&apos;écran</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Sonneries</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Sonnerie</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NPD</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Appeler d&apos;abord</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Pas de service</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NPD</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Combiné</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>Le téléphone est verrouillé. Saisissez le code PIN pour le déverrouiller.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Vidéo coupée</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>NPD</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Rappel dernier</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Interception</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Parcage</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Num. rapide</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Interphone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Interception groupe</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>Liste BLF</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Ligne partagée</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Initialisation... Veuillez patienter</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Numéro interdit</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 enregistré dans le répertoire</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Redémarrage, veuillez patienter...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>Le contact n&apos;existe plus</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>Le répertoire est plein</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Non enregistré : nom déjà pris ou numéro non valide</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Téléphone verrouillé : numéros d&apos;urgence uniquement</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Un groupe doit avoir un nom</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Un groupe de ce nom existe déjà</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Valeur non valide</translation>
    </message>
</context>
</TS>
