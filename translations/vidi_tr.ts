<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>Kayıtlı</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Kayıt başarısız</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Kayıtsız</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Kara liste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Arkadaş</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>Cep</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>Diğer numara</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Zil sesi</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Hat %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>İş arkadaşı</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>Aktar:</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Numara girin</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Beklemede: %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Hat %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>Ad veya numara ara</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Kara liste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Arkadaş</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Kişi yok</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Hat %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Dahili</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Geçersiz değer</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>DSS tuşu %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>Kara liste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Arkadaş</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Grup adı</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>Aranan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Cevapsız</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Yönlendirilen</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Arama yok</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>Hizmet yok</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>%1 boşalınca aransın mı?</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n yeni cevapsız arama</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>Arama bekliyor</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>Konferansta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferans</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>Karşı taraf beklemeye aldı</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>Videoyu aç</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>Videoyu kapat</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Kodek</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bit hızı</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>Kayıp (gelen / giden)</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Titreşim</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Gidiş-dönüş</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>Titreşim tamponu</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>Gelen arama</translation>
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
        <translation>Çalıyor...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>Aranıyor...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 karakterden uzun</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>&apos;%1&apos; 0 veya 1 değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; bir tam sayı değil</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1, %2 ile %3 arasında değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bir sayı değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; bir IP adresi değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>&apos;%1&apos; bir http, https, ftp, tftp veya file URL&apos;si değil</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>satır sonlarına izin verilmez</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>Yanlış parola</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>Parolalar farklı</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">Geçersiz değer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Hat %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>Yönetici parolasını girin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>Açma kodu</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>Kapama kodu</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>Çalma süresi sonra</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Temel</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>Parlaklık</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>Arka ışık</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>Boşta kapalı</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>Boşta kısık</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>Arka ışık süresi</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Her zaman açık</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>Tarih ve saat</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>Zaman türü</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>NTP sunucusu 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>NTP sunucusu 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>Yaz saati</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>Tarih biçimi</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>Saat biçimi</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 saat</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 saat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>Arama özellikleri</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>Arama yönlendirme</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>Her zaman yönlendir</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>Meşgulde yönlendir</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>Cevapsızda yönlendir</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>Arama bekletme</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>Uyarı sesi</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>Otomatik cevap</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Gizli numara</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>Gizli arama</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>Gizli aramayı reddet</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Dahili konuşma</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>Dahili konuşma sessiz</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>Dahili konuşma sesi</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>Dahili konuşma araya gir</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>Gönderme tuşu</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>Geçmişi kaydet</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>Sıcak hat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>Sıcak hat gecikmesi</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>Otomatik yeniden arama</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>Yeniden arama aralığı</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>Yeniden arama sayısı</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>Arama tamamlama</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>WAN bağlantısı</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>Statik IP</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>Alt ağ maskesi</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Ağ geçidi</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>Birincil DNS</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>İkincil DNS</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>PPPoE kullanıcısı</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>PPPoE parolası</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>VID numarası</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>Web sunucusu</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP durumu</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>HTTP bağlantı noktası</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS durumu</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>HTTPS bağlantı noktası</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Parola belirle</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>Mevcut parola</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>Parolayı onayla</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Duvar kağıdı</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>Zil sesleri</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>Zil sesi</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Cevapla</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Sesi aç</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>RAHATSIZ</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Beklet</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Aktar</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>Önce ara</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferans</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ayır</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>Geri ara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Yeni kişi</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>Hizmet yok</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>RAHATSIZ</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>Ahize</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC adresi</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Yazılım</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>Telefon kilitli. Açmak için PIN girin.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Yanlış PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>Video durdu</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>Konferans</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Aktar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Beklet</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>RAHATSIZ</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>Son aranı ara</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Çağrı al</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>Park et</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>Hızlı arama</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Dahili konuşma</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>Grup çağrı al</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>BLF listesi</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Hat %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>Paylaşılan hat</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>Başlatılıyor... Lütfen bekleyin</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>Yasak numara</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 rehbere kaydedildi</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>Yeniden başlatılıyor, lütfen bekleyin...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>Kişi artık yok</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Kişinin bir adı olmalı</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>Rehber dolu</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>Kaydedilmedi: ad kullanımda veya numara geçersiz</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>Telefon kilitli: yalnızca acil numaralar</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>Grubun bir adı olmalı</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>Bu adda bir grup zaten var</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Geçersiz değer</translation>
    </message>
</context>
</TS>
