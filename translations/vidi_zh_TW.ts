<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>已註冊</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>正在註冊</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>註冊失敗</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>未註冊</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Office Number</source>
        <translation>辦公電話</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>行動電話</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>其他號碼</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>鈴聲</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>線路 %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>DialerScreen</name>
    <message>
        <source>Transfer to</source>
        <translation>轉接至</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>請輸入號碼</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>保留中：%1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>線路 %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>依姓名或號碼搜尋</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>無聯絡人</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>無符合項目</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>線路 %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分機</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">無效的值</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>DSS 鍵 %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Dialed</source>
        <translation>已撥</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已轉移</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>無通話記錄</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>無服務</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>%1 空閒時回撥？</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n 通新未接來電</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>來電等待</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>會議中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>被對方保留</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>開啟視訊</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>關閉視訊</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>編解碼器</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>位元率</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>遺失（收 / 發）</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖動</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返延遲</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>抖動緩衝</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>來電</translation>
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
        <translation>響鈴中...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>撥號中...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>超過 %1 個字元</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>「%1」不是 0 或 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>「%1」不是整數</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 不在 %2 到 %3 之間</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>「%1」不是 IP 位址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>「%1」不是 http、https、ftp、tftp 或 file 網址</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>不允許換行</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>兩次密碼不一致</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">無效的值</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>線路 %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>請輸入管理員密碼</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標號碼</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>開啟碼</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>關閉碼</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>響鈴時長後</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Brightness Level</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Backlight Level</source>
        <translation>背光</translation>
    </message>
    <message>
        <source>Off when idle</source>
        <translation>待機時關閉</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>待機時調暗</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>背光時間</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>常亮</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>時間類型</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>NTP 伺服器 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>NTP 伺服器 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>夏令時間</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>時間格式</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 小時制</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 小時制</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>通話功能</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>來電轉接</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>無條件轉接</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>忙線轉接</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>無人接聽轉接</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>來電等待</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>自動接聽</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>匿名撥號</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>拒接匿名來電</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>對講</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>對講靜音</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>對講提示音</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>對講強插</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>送出鍵</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>記錄通話</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>熱線</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>熱線延遲</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>自動重撥</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>重撥間隔</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>重撥次數</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>通話完成</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階設定</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>WAN 埠</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>靜態 IP</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>子網路遮罩</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>閘道</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>主要 DNS</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>次要 DNS</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>PPPoE 使用者</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>PPPoE 密碼</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>VID 編號</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>網頁伺服器</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP 狀態</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>HTTP 埠</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS 狀態</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>HTTPS 埠</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>確認密碼</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>桌布</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>鈴聲</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>鈴聲</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>撥號</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接聽</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉接</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>先撥打</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>切換</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>History</source>
        <translation>通話記錄</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通訊錄</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>回撥</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>新增聯絡人</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>無服務</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>話筒</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>韌體</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>電話已鎖定。請輸入 PIN 解鎖。</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 錯誤</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VideoArea</name>
    <message>
        <source>Video stopped</source>
        <translation>視訊已關閉</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉接</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>回撥來電</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>代接</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>通話停駐</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>語音信箱</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>快速撥號</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>對講</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>群組代接</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>BLF 清單</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>線路 %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>共享線路</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>正在初始化...請稍候</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>禁止的號碼</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 已儲存至通訊錄</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>正在重新啟動，請稍候...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>該聯絡人已不存在</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>聯絡人必須有姓名</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>通訊錄已滿</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>未儲存：姓名已存在或號碼無效</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>電話已鎖定：僅可撥打緊急號碼</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>群組需要名稱</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>已有同名群組</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>無效的值</translation>
    </message>
</context>
</TS>
