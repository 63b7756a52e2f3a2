<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountRow</name>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>正在注册</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>未注册</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
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
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile Number</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other Number</source>
        <translation>其他号码</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>铃声</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
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
        <translation>转接至</translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>请输入号码</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>保持中：%1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Search by name or number</source>
        <translation>按姓名或号码搜索</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>DssKeyEditor</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">无效的值</translation>
    </message>
    <message>
        <source>DSS key %1</source>
        <translation>DSS 键 %1</translation>
    </message>
</context>
<context>
    <name>GroupBar</name>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群组名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>已拨</translation>
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
        <translation>已转移</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>无通话记录</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <source>No Service</source>
        <translation>无服务</translation>
    </message>
    <message>
        <source>Call %1 back when free?</source>
        <translation>%1 空闲时回拨？</translation>
    </message>
    <message numerus="yes">
        <source>%n New Missed Call(s)</source>
        <translation>
            <numerusform>%n 个新未接来电</numerusform>
        </translation>
    </message>
    <message>
        <source>DSS</source>
        <translation>DSS</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>InCallScreen</name>
    <message>
        <source>Call waiting</source>
        <translation>呼叫等待</translation>
    </message>
    <message>
        <source>In conference</source>
        <translation>会议中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>Held by the other party</source>
        <translation>被对方保持</translation>
    </message>
    <message>
        <source>Start Video</source>
        <translation>开启视频</translation>
    </message>
    <message>
        <source>Stop Video</source>
        <translation>关闭视频</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>Loss (in / out)</source>
        <translation>丢包（收 / 发）</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <source>Jitter buffer</source>
        <translation>抖动缓冲</translation>
    </message>
</context>
<context>
    <name>IncomingScreen</name>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
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
        <translation>振铃中...</translation>
    </message>
    <message>
        <source>Calling...</source>
        <translation>呼叫中...</translation>
    </message>
</context>
<context>
    <name>ParamRegistry</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp, tftp or file URL</source>
        <translation>“%1”不是 http、https、ftp、tftp 或 file 网址</translation>
    </message>
    <message>
        <source>line breaks are not allowed</source>
        <translation>不允许换行</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>The passwords differ</source>
        <translation>两次密码不一致</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation type="vanished">无效的值</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>Enter the administrator password</source>
        <translation>请输入管理员密码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>SettingsTree</name>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标号码</translation>
    </message>
    <message>
        <source>On Code</source>
        <translation>开启码</translation>
    </message>
    <message>
        <source>Off Code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>After Ring Time</source>
        <translation>振铃时长后</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
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
        <translation>待机时关闭</translation>
    </message>
    <message>
        <source>Dimmed when idle</source>
        <translation>待机时调暗</translation>
    </message>
    <message>
        <source>Backlight Time</source>
        <translation>背光时间</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>常亮</translation>
    </message>
    <message>
        <source>Date &amp; Time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Time Type</source>
        <translation>时间类型</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>NTP Server 1</source>
        <translation>NTP 服务器 1</translation>
    </message>
    <message>
        <source>NTP Server 2</source>
        <translation>NTP 服务器 2</translation>
    </message>
    <message>
        <source>Daylight Saving</source>
        <translation>夏令时</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Date Format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Time Format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <source>24 Hour</source>
        <translation>24 小时制</translation>
    </message>
    <message>
        <source>12 Hour</source>
        <translation>12 小时制</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Call Feature</source>
        <translation>通话功能</translation>
    </message>
    <message>
        <source>Call Forward</source>
        <translation>呼叫转移</translation>
    </message>
    <message>
        <source>Always Forward</source>
        <translation>无条件转移</translation>
    </message>
    <message>
        <source>Busy Forward</source>
        <translation>遇忙转移</translation>
    </message>
    <message>
        <source>No Answer Forward</source>
        <translation>无应答转移</translation>
    </message>
    <message>
        <source>Call Waiting</source>
        <translation>呼叫等待</translation>
    </message>
    <message>
        <source>Warning Tone</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Auto Answer</source>
        <translation>自动应答</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Anonymous Call</source>
        <translation>匿名呼叫</translation>
    </message>
    <message>
        <source>Anonymous Rejection</source>
        <translation>拒接匿名来电</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>对讲</translation>
    </message>
    <message>
        <source>Intercom Mute</source>
        <translation>对讲静音</translation>
    </message>
    <message>
        <source>Intercom Tone</source>
        <translation>对讲提示音</translation>
    </message>
    <message>
        <source>Intercom Barge</source>
        <translation>对讲强插</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Key As Send</source>
        <translation>发送键</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>History Record</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Hot Line</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Hotline Delay</source>
        <translation>热线延时</translation>
    </message>
    <message>
        <source>Auto Redial</source>
        <translation>自动重拨</translation>
    </message>
    <message>
        <source>Redial Interval</source>
        <translation>重拨间隔</translation>
    </message>
    <message>
        <source>Redial Times</source>
        <translation>重拨次数</translation>
    </message>
    <message>
        <source>Call Completion</source>
        <translation>呼叫完成</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>WAN Port</source>
        <translation>WAN 口</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>静态 IP</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Primary DNS</source>
        <translation>首选 DNS</translation>
    </message>
    <message>
        <source>Secondary DNS</source>
        <translation>备用 DNS</translation>
    </message>
    <message>
        <source>PPPoE User</source>
        <translation>PPPoE 用户名</translation>
    </message>
    <message>
        <source>PPPoE Password</source>
        <translation>PPPoE 密码</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>VID Number</source>
        <translation>VID 号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Webserver Type</source>
        <translation>网页服务器</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>HTTP Port</source>
        <translation>HTTP 端口</translation>
    </message>
    <message>
        <source>HTTPS Status</source>
        <translation>HTTPS 状态</translation>
    </message>
    <message>
        <source>HTTPS Port</source>
        <translation>HTTPS 端口</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Current Password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New Password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Confirm Password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>壁纸</translation>
    </message>
    <message>
        <source>Ring Tones</source>
        <translation>铃声</translation>
    </message>
    <message>
        <source>Ring Tone</source>
        <translation>铃声</translation>
    </message>
</context>
<context>
    <name>SoftkeyBar</name>
    <message>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Call First</source>
        <translation>先呼叫</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>History</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Call Back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No Service</source>
        <translation>无服务</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Handset</source>
        <translation>手柄</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
</context>
<context>
    <name>UnlockPad</name>
    <message>
        <source>The phone is locked. Enter the PIN to unlock.</source>
        <translation>电话已锁定。请输入 PIN 解锁。</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
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
        <translation>视频已关闭</translation>
    </message>
</context>
<context>
    <name>vidi::app::DssKeyModel</name>
    <message>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Call Return</source>
        <translation>回拨来电</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>代答</translation>
    </message>
    <message>
        <source>Call Park</source>
        <translation>呼叫驻留</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>DTMF</translation>
    </message>
    <message>
        <source>Voice Mail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Speed Dial</source>
        <translation>快速拨号</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>对讲</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>BLF</source>
        <translation>BLF</translation>
    </message>
    <message>
        <source>Group Pickup</source>
        <translation>组代答</translation>
    </message>
    <message>
        <source>BLF List</source>
        <translation>BLF 列表</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>线路 %1</translation>
    </message>
    <message>
        <source>Shared Line</source>
        <translation>共享线路</translation>
    </message>
</context>
<context>
    <name>vidi::app::Phone</name>
    <message>
        <source>Initializing...Please wait</source>
        <translation>正在初始化...请稍候</translation>
    </message>
    <message>
        <source>Forbidden Number</source>
        <translation>禁止的号码</translation>
    </message>
    <message>
        <source>%1 saved to the directory</source>
        <translation>%1 已保存到通讯录</translation>
    </message>
    <message>
        <source>Rebooting, please wait...</source>
        <translation>正在重启，请稍候...</translation>
    </message>
    <message>
        <source>The contact is gone</source>
        <translation>该联系人已不存在</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>联系人必须有姓名</translation>
    </message>
    <message>
        <source>The directory is full</source>
        <translation>通讯录已满</translation>
    </message>
    <message>
        <source>Not saved: the name is taken or the number is not valid</source>
        <translation>未保存：姓名已存在或号码无效</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The phone is locked: only emergency numbers</source>
        <translation>电话已锁定：仅可拨打紧急号码</translation>
    </message>
    <message>
        <source>A group needs a name</source>
        <translation>群组需要名称</translation>
    </message>
    <message>
        <source>There is a group of that name</source>
        <translation>已有同名群组</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>无效的值</translation>
    </message>
</context>
</TS>
