import QtQuick

// The settings menu of seed §4.3, each form's fields bound to configuration keys (the
// registry validates them when saved). A node is a submenu ({title, children}), a form
// ({title, fields}; perAccount: the keys hold %1 for the line chosen on the form; reboot:
// saved values take effect after the restart the phone makes, seed §8) or an action.
// Advanced asks for the admin password first.
QtObject {
    readonly property var onOff: [["1", qsTr("On")], ["0", qsTr("Off")]]

    function toggle(key, label) {
        return {
            "key": key,
            "label": label,
            "type": "choice",
            "options": onOff
        };
    }
    function text(key, label) {
        return {
            "key": key,
            "label": label,
            "type": "text"
        };
    }
    function secret(key, label) {
        return {
            "key": key,
            "label": label,
            "type": "password"
        };
    }
    function choice(key, label, options) {
        return {
            "key": key,
            "label": label,
            "type": "choice",
            "options": options
        };
    }
    function forward(kind, title) {
        const base = "forward." + kind + ".";
        const fields = [toggle(base + "enable", title), text(base + "target", qsTr("Target")), text(base + "on_code", qsTr("On Code")), text(base + "off_code", qsTr("Off Code"))];
        if (kind === "no_answer")
            fields.push(choice("forward.no_answer.timeout", qsTr("After Ring Time"), [["1", "6 s"], ["2", "12 s"], ["3", "18 s"], ["4", "24 s"], ["5", "30 s"], ["6", "36 s"]]));
        return {
            "title": title,
            "fields": fields
        };
    }

    readonly property var root: ({
            "title": qsTr("Menu"),
            "children": [{
                    "title": qsTr("Status"),
                    "action": "status"
                }, {
                    "title": qsTr("Basic"),
                    "children": [{
                            "title": qsTr("Display"),
                            "fields": [choice("phone_setting.active_backlight_level", qsTr("Brightness Level"), [["1", "1"], ["2", "2"], ["3", "3"], ["4", "4"], ["5", "5"], ["6", "6"], ["7", "7"], ["8", "8"], ["9", "9"], ["10", "10"]]), choice("phone_setting.inactive_backlight_level", qsTr("Backlight Level"), [["1", qsTr("Off when idle")], ["0", qsTr("Dimmed when idle")]]), choice("phone_setting.backlight_time", qsTr("Backlight Time"), [["1", qsTr("Always on")], ["60", "1 min"], ["120", "2 min"], ["300", "5 min"], ["600", "10 min"], ["1800", "30 min"]]), {
                                    "key": "phone_setting.backgrounds",
                                    "label": qsTr("Wallpaper"),
                                    "type": "choice",
                                    "optionsFrom": "wallpapers"
                                }]
                        }, {
                            "title": qsTr("Ring Tones"),
                            "fields": [{
                                    "key": "phone_setting.ring_type",
                                    "label": qsTr("Ring Tone"),
                                    "type": "choice",
                                    "optionsFrom": "rings",
                                    "preview": true
                                }]
                        }, {
                            "title": qsTr("Date & Time"),
                            "fields": [choice("local_time.manual_time_enable", qsTr("Time Type"), [["1", "SNTP"], ["0", qsTr("Manual")]]), text("local_time.time_zone", qsTr("Time Zone")), text("local_time.ntp_server1", qsTr("NTP Server 1")), text("local_time.ntp_server2", qsTr("NTP Server 2")), choice("local_time.summer_time", qsTr("Daylight Saving"), [["2", qsTr("Automatic")], ["1", qsTr("On")], ["0", qsTr("Off")]]), choice("local_time.date_format", qsTr("Date Format"), [["0", "WWW MMM DD"], ["1", "DD-MMM-YY"], ["2", "YYYY-MM-DD"], ["3", "DD/MM/YYYY"], ["4", "MM/DD/YY"], ["5", "DD MMM YYYY"], ["6", "WWW DD MMM"]]), choice("local_time.time_format", qsTr("Time Format"), [["1", qsTr("24 Hour")], ["0", qsTr("12 Hour")]])]
                        }, {
                            "title": qsTr("Language"),
                            "fields": [choice("lang.gui", qsTr("Language"), [["English", "English"], ["Chinese_S", "简体中文"], ["Chinese_T", "繁體中文"], ["German", "Deutsch"], ["French", "Français"], ["Italian", "Italiano"], ["Portugal", "Português"], ["Dutch", "Nederlands"], ["Spanish", "Español"], ["Turkish", "Türkçe"]])]
                        }]
                }, {
                    "title": qsTr("Call Feature"),
                    "children": [{
                            "title": qsTr("Call Forward"),
                            "children": [forward("always", qsTr("Always Forward")), forward("busy", qsTr("Busy Forward")), forward("no_answer", qsTr("No Answer Forward"))]
                        }, {
                            "title": qsTr("Call Waiting"),
                            "fields": [toggle("call_waiting.enable", qsTr("Call Waiting")), toggle("call_waiting.tone", qsTr("Warning Tone"))]
                        }, {
                            "title": qsTr("Auto Answer"),
                            "perAccount": true,
                            "fields": [toggle("account.%1.auto_answer", qsTr("Auto Answer"))]
                        }, {
                            "title": qsTr("Anonymous"),
                            "perAccount": true,
                            "fields": [toggle("account.%1.anonymous_call", qsTr("Anonymous Call")), text("account.%1.anonymous_call_oncode", qsTr("On Code")), text("account.%1.anonymous_call_offcode", qsTr("Off Code")), toggle("account.%1.reject_anonymous_call", qsTr("Anonymous Rejection")), text("account.%1.anonymous_reject_oncode", qsTr("On Code")), text("account.%1.anonymous_reject_offcode", qsTr("Off Code"))]
                        }, {
                            "title": qsTr("Intercom"),
                            "fields": [toggle("features.intercom.allow", qsTr("Intercom")), toggle("features.intercom.mute", qsTr("Intercom Mute")), toggle("features.intercom.tone", qsTr("Intercom Tone")), toggle("features.intercom.barge", qsTr("Intercom Barge"))]
                        }, {
                            "title": qsTr("Others"),
                            "children": [{
                                    "title": qsTr("General"),
                                    "fields": [choice("features.pound_key.mode", qsTr("Key As Send"), [["1", "#"], ["2", "*"], ["0", qsTr("Disabled")]]), toggle("features.save_call_history", qsTr("History Record"))]
                                }, {
                                    "title": qsTr("Hot Line"),
                                    "fields": [text("features.hotline_number", qsTr("Number")), choice("features.hotline_delay", qsTr("Hotline Delay"), [["0", "0 s"], ["1", "1 s"], ["2", "2 s"], ["3", "3 s"], ["4", "4 s"], ["5", "5 s"], ["6", "6 s"], ["7", "7 s"], ["8", "8 s"], ["9", "9 s"], ["10", "10 s"]])]
                                }, {
                                    "title": qsTr("Auto Redial"),
                                    "fields": [toggle("auto_redial.enable", qsTr("Auto Redial")), text("auto_redial.interval", qsTr("Redial Interval")), text("auto_redial.times", qsTr("Redial Times"))]
                                }, {
                                    "title": qsTr("Call Completion"),
                                    "fields": [toggle("features.call_completion_enable", qsTr("Call Completion"))]
                                }]
                        }]
                }, {
                    "title": qsTr("Advanced"),
                    "admin": true,
                    "children": [{
                            "title": qsTr("Network"),
                            "children": [{
                                    "title": qsTr("WAN Port"),
                                    "reboot": true,
                                    "fields": [choice("network.internet_port.type", qsTr("Type"), [["0", "DHCP"], ["2", qsTr("Static IP")], ["1", "PPPoE"]]), text("network.internet_port.ip", qsTr("IP Address")), text("network.internet_port.mask", qsTr("Subnet Mask")), text("network.internet_port.gateway", qsTr("Gateway")), text("network.primary_dns", qsTr("Primary DNS")), text("network.secondary_dns", qsTr("Secondary DNS")), text("network.pppoe.user", qsTr("PPPoE User")), secret("network.pppoe.password", qsTr("PPPoE Password"))]
                                }, {
                                    "title": qsTr("VLAN"),
                                    "reboot": true,
                                    "fields": [toggle("network.vlan.internet_port_enable", qsTr("VLAN")), text("network.vlan.internet_port_vid", qsTr("VID Number")), text("network.vlan.internet_port_priority", qsTr("Priority"))]
                                }, {
                                    "title": qsTr("Webserver Type"),
                                    "reboot": true,
                                    "fields": [toggle("wui.http_enable", qsTr("HTTP Status")), text("network.port.http", qsTr("HTTP Port")), toggle("wui.https_enable", qsTr("HTTPS Status")), text("network.port.https", qsTr("HTTPS Port"))]
                                }]
                        }, {
                            "title": qsTr("Set Password"),
                            "password": true,
                            "fields": [secret("current", qsTr("Current Password")), secret("security.password.admin", qsTr("New Password")), secret("confirm", qsTr("Confirm Password"))]
                        }]
                }]
        })
}
