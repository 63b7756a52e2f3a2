#pragma once
#include "directory/DirectoryModel.h"
#include "dss/DssKeyModel.h"
#include "history/CallHistoryModel.h"
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace vidi::sip {
class SipStack;
}
namespace vidi::platform {
class Platform;
}
namespace vidi::media {
class TonePlayer;
}

namespace vidi::app {

class AccountListModel;
class AutoRedial;
class GuiLanguage;
class Wallpapers;
class ContactPhotos;
class SharedLines;
class RingTones;
class VoiceMailBox;
class Call;
class CallManager;
class ConfigStore;
class KeyDispatcher;
class Provisioner;
class BlfMonitor;
class DssKeys;
class CallCompletion;
class CallHistory;
class Directory;
class CallHistoryModel;
class CertificateStore;
class ActionUrl;

struct PhoneOptions {
    QString configDir;
    QString mac = QStringLiteral("001565000000");
    QUrl provisionUrl;
};

// The phone as the UI sees it: boot sequence, which screen shows, the dial buffer, the current
// call, and the actions behind keys and softkeys. Owns the subsystems (composition root).
class Phone : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("AccountListModel.h")
    Q_MOC_INCLUDE("calls/Call.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString bootMessage READ bootMessage NOTIFY screenChanged)
    Q_PROPERTY(vidi::app::AccountListModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(bool serviceAvailable READ serviceAvailable NOTIFY serviceChanged)
    Q_PROPERTY(QString dialText READ dialText NOTIFY dialTextChanged)
    Q_PROPERTY(int dialAccount READ dialAccount NOTIFY dialTextChanged)
    Q_PROPERTY(vidi::app::Call *call READ currentCall NOTIFY callChanged)
    // A second call ringing during this one (call waiting), and a second call on hold.
    Q_PROPERTY(vidi::app::Call *waitingCall READ waitingCall NOTIFY callChanged)
    Q_PROPERTY(vidi::app::Call *otherCall READ otherCall NOTIFY callChanged)
    Q_PROPERTY(QStringList softkeys READ softkeys NOTIFY screenChanged)
    Q_PROPERTY(QString mac READ mac CONSTANT)
    Q_PROPERTY(QString ipAddress READ ipAddress NOTIFY serviceChanged)
    Q_PROPERTY(QString firmware READ firmware CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The number call completion is offered for after a busy call (seed §5.11), or "".
    Q_PROPERTY(QString callCompletionOffer READ callCompletionOffer NOTIFY screenChanged)
    Q_PROPERTY(bool offHook READ isOffHook NOTIFY hookChanged)
    Q_PROPERTY(bool simulated READ isSimulated CONSTANT)
    Q_PROPERTY(bool dnd READ dnd WRITE setDnd NOTIFY dndChanged)
    // How the idle screen writes time and date (seed §4.12): local_time.date_format 0-6,
    // local_time.time_format (0 12-hour, 1 24-hour), in the language of lang.gui.
    Q_PROPERTY(int dateFormat READ dateFormat NOTIFY displaySettingsChanged)
    Q_PROPERTY(bool clock24h READ clock24h NOTIFY displaySettingsChanged)
    Q_PROPERTY(QString localeName READ localeName NOTIFY displaySettingsChanged)
    // The idle screen's picture (phone_setting.backgrounds, seed §4.10).
    Q_PROPERTY(QString wallpaperUrl READ wallpaperUrl NOTIFY displaySettingsChanged)
    // Backlight (seed §4.11): brightness 1-10 while in use; after backlightTime seconds
    // without a touch (1: never) the screen dims, or goes dark with the screen saver's clock.
    Q_PROPERTY(int backlightLevel READ backlightLevel NOTIFY displaySettingsChanged)
    Q_PROPERTY(int backlightTime READ backlightTime NOTIFY displaySettingsChanged)
    Q_PROPERTY(bool backlightOffWhenIdle READ backlightOffWhenIdle NOTIFY displaySettingsChanged)
    // Phone lock (phone_setting.lock): while locked, only answering and emergency numbers work;
    // anything else asks for the PIN (unlockRequested()).
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockChanged)
    // A ring tone plays for a few seconds to be heard before it is chosen (settings).
    Q_PROPERTY(bool ringPreview READ isRingPreview NOTIFY ringPreviewChanged)
    // New voice messages over all accounts (seed §"MWI"): the Voice Mail icon and count.
    Q_PROPERTY(int voiceMessages READ voiceMessages NOTIFY voiceMessagesChanged)
    // Seed §4.8: the call log's list on the History screen, and "<n> New Missed Call(s)".
    Q_PROPERTY(vidi::app::CallHistoryModel *history READ historyList CONSTANT)
    Q_PROPERTY(int newMissedCalls READ newMissedCalls NOTIFY historyChanged)
    // Seed §4.5: the local directory on the Directory screen.
    Q_PROPERTY(vidi::app::DirectoryModel *contacts READ contactList CONSTANT)
    // The directory's or the call log's entry for what is being dialled ("Anna (3602)").
    Q_PROPERTY(QString dialMatch READ dialMatch NOTIFY dialTextChanged)
    // Seed §4.9: the DSS panel's 22 keys.
    Q_PROPERTY(vidi::app::DssKeyModel *dssKeys READ dssKeys CONSTANT)
    Q_PROPERTY(bool transferring READ isTransferring NOTIFY screenChanged)
    Q_PROPERTY(bool inConference READ inConference NOTIFY callChanged)
    // A local conference with video on both legs: the screen shows the two far ends side by
    // side (the second in the output set by setVideoOutputs' `second`).
    Q_PROPERTY(bool conferenceVideo READ conferenceVideo NOTIFY callChanged)
public:
    enum class Screen {
        Boot,
        Idle,
        Dialer,
        Outgoing,
        Incoming,
        InCall,
        Status,
        History,
        Directory,
        Dss,
        Settings
    };
    Q_ENUM(Screen)

    Phone(const PhoneOptions &options, platform::Platform *platform, QObject *parent = nullptr);
    ~Phone() override;

    // QML singleton: the instance main() created.
    static Phone *create(QQmlEngine *, QJSEngine *);
    static Phone *instance();

    // Loads the settings, provisions, starts SIP and the web server, then shows the idle screen.
    void boot();
    // Unregisters and stops; emits shutdownFinished().
    void shutdown();

    Screen screen() const { return m_screen; }
    QString bootMessage() const;
    AccountListModel *accounts() const { return m_accounts; }
    bool serviceAvailable() const;
    QString dialText() const { return m_dialText; }
    int dialAccount() const { return m_dialAccount; }
    Call *currentCall() const;
    Call *waitingCall() const;
    Call *otherCall() const;
    bool inConference() const;
    bool conferenceVideo() const;
    QStringList softkeys() const;
    QString mac() const { return m_options.mac; }
    QString ipAddress() const;
    QString firmware() const;
    QString model() const { return QStringLiteral("Vidi"); }
    QString notice() const { return m_notice; }
    QString toneName() const;     // the call-progress tone playing now
    QString ringToneName() const; // the ring playing now ("Ring3.wav", a file), if any

    ConfigStore *config() const { return m_config; }
    CallManager *calls() const { return m_calls; }
    sip::SipStack *sipStack() const { return m_sip; }
    platform::Platform *platform() const { return m_platform; }
    Provisioner *provisioner() const { return m_provisioner; }
    BlfMonitor *blf() const { return m_blf; }
    SharedLines *sharedLines() const { return m_sharedLines; }

    // Everything a key does goes through here: the touch UI, the physical keys and Action URI.
    Q_INVOKABLE bool pressKey(const QString &key);
    // A DSS key ("D1".."D18" memory keys, "L1".."L4" line keys): what its type does.
    Q_INVOKABLE bool pressDssKey(const QString &key);
    // Call completion (seed §5.11): accept or decline the offer after a busy call, or stop
    // waiting. False when there is nothing to accept or cancel.
    Q_INVOKABLE bool acceptCallCompletion();
    Q_INVOKABLE bool cancelCallCompletion();
    CallCompletion *callCompletion() const { return m_completion; }
    QString callCompletionOffer() const;
    Q_INVOKABLE bool pressSoftkey(int index) {
        return pressKey(QStringLiteral("F%1").arg(index + 1));
    }

    Q_INVOKABLE void openDialer();
    // The dialer, with `account` chosen for the call when it is usable.
    void openDialerOn(int account);
    // The Shared Line key (seed §5.18): retrieves a call another phone of the line put on
    // public hold; false when there is none.
    bool retrieveSharedHold(int account);
    // Off hook from idle (handset, speaker key): the dialer, and the hotline if one is set.
    void goOffHook();
    Q_INVOKABLE void closeDialer();
    Q_INVOKABLE void appendDigit(const QString &digit);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE bool send();
    Q_INVOKABLE bool dialNumber(const QString &number);
    // Dials on a given account (a DSS key's line), through the dial plan.
    bool dialOn(int account, const QString &number, bool intercom = false);
    Q_INVOKABLE void answer();
    Q_INVOKABLE void reject();
    Q_INVOKABLE void hangup();
    Q_INVOKABLE void toggleMute();
    // Seed §5.5 (key=F_CONFERENCE, DSS type 1): with one call, it is held and the dialer asks
    // for the third party; with two, they are joined in a local 3-way conference.
    Q_INVOKABLE bool conferenceKey();
    Q_INVOKABLE void splitConference();
    Q_INVOKABLE void toggleHold();
    Q_INVOKABLE void swap();
    // "Stop near-site video" of the call in view, and back (seed 000 §"Reading Icons").
    Q_INVOKABLE bool toggleCamera();
    // The settings pages: a configuration value, and a change made on the phone — validated
    // by the key's spec and saved at once. Returns "" when saved, else why not (in the
    // phone's language).
    Q_INVOKABLE QString setting(const QString &name) const;
    int dateFormat() const;
    bool clock24h() const;
    QString localeName() const; // "de", "zh_CN"; "en_US" for English
    Q_INVOKABLE QString saveSetting(const QString &name, const QString &value);
    // The in-call screen's video outputs: the far end's picture and our camera's preview.
    Q_INVOKABLE void setVideoOutputs(QVideoSink *remote, QVideoSink *preview,
                                     QVideoSink *second = nullptr);
    // Transfer: holds the call and opens the dialer for the target; send() then transfers.
    Q_INVOKABLE void startTransfer();
    // The Transfer key: with two calls, an attended transfer of the held one to the current
    // one; with one, startTransfer().
    Q_INVOKABLE void transferKey();
    // In the transfer dialer: call the target first (semi-attended / attended transfer).
    Q_INVOKABLE bool consult();
    bool isTransferring() const;
    Q_INVOKABLE void nextAccount();
    Q_INVOKABLE void showStatus(bool show);
    // The History screen with one list (CallHistory::Kind; -1: Missed when there are new
    // missed calls, else Dialed). Showing the Missed list clears the missed-call count.
    Q_INVOKABLE void showHistory(int kind = -1);
    Q_INVOKABLE void closeHistory();
    // Calls the entry at `row` of the list shown, on the account it came in or went out on.
    Q_INVOKABLE bool dialFromHistory(int row);
    // Seed §4.8: an entry of the call log saved to the directory (its name and number); false
    // with the reason in `notice` when the directory refuses it (name taken, full).
    Q_INVOKABLE bool saveHistoryEntryToContacts(int row);
    // Deletes the contact at `row` of the directory list.
    Q_INVOKABLE bool deleteContact(int row);
    Q_INVOKABLE void showDirectory();
    // The DSS panel ([DSS] on the idle screen).
    // The settings menu ([Menu] on idle, seed §4.3).
    Q_INVOKABLE void showSettings();
    Q_INVOKABLE void closeSettings();
    // How deep the settings screen is in its menu: Back goes up (formBackRequested()) until
    // the top, where it closes the menu.
    Q_INVOKABLE void setSettingsDepth(int depth);
    // A form is open on the page shown (a settings form, a contact): the softkeys are Save
    // and Back, which reach it through formSaveRequested() and formBackRequested().
    Q_INVOKABLE void setFormOpen(bool open);
    bool isFormOpen() const { return m_formOpen; }
    void formSoftkey(const QString &action);
    // The directory's contact form (seed §4.3 "New Contact"): the fields of the contact at
    // `row` of the list shown (-1: a new one), and saving them. saveContact() returns "" or
    // why the directory refused (a blank or taken name, a full directory).
    Q_INVOKABLE QVariantMap contactFields(int row) const;
    Q_INVOKABLE QString saveContact(int row, const QVariantMap &fields);
    Q_INVOKABLE QStringList contactGroups() const;
    // The groups screen (seed §4.5): each group as {name, readOnly, count}; adding one of
    // one's own ("" or why not), removing one (its contacts stay, in no group).
    Q_INVOKABLE QVariantList contactGroupList() const;
    Q_INVOKABLE QString addContactGroup(const QString &name);
    Q_INVOKABLE bool removeContactGroup(const QString &name);
    // The DSS key types a key can be given on the phone ([value, name] pairs, N/A first).
    Q_INVOKABLE QVariantList dssKeyTypes() const;
    QString wallpaperUrl() const;
    int backlightLevel() const;
    int backlightTime() const;
    bool backlightOffWhenIdle() const;
    bool isLocked() const { return m_locked; }
    // Unlocks with phone_setting.phone_lock.unlock_pin; false for a wrong PIN.
    Q_INVOKABLE bool unlock(const QString &pin);
    // The ring tones to choose from ([value, name]: Ring1-8, then the provisioned ones), and
    // a three-second preview of one (not during a call).
    Q_INVOKABLE QVariantList ringOptions() const;
    Q_INVOKABLE bool previewRing(const QString &value);
    bool isRingPreview() const { return m_ringPreview; }
    // The wallpapers to choose from ([value, name] pairs): built-in, then provisioned.
    Q_INVOKABLE QVariantList wallpaperOptions() const;
    // Contact photos (seed §9.6 default_photo): every value to choose from, and the URL of one
    // ("" for none or a missing file).
    Q_INVOKABLE QStringList contactPhotos() const;
    Q_INVOKABLE QString photoUrl(const QString &photo) const;
    // Advanced settings are behind the admin password (security.password.admin).
    Q_INVOKABLE bool checkAdminPassword(const QString &password) const;
    // Saved network settings take effect after a restart (seed §8: the phone reboots by itself).
    Q_INVOKABLE void rebootForSettings();
    Q_INVOKABLE void showDss();
    Q_INVOKABLE void closeDss();
    DssKeyModel *dssKeys() const { return m_dssKeys; }
    Q_INVOKABLE void closeDirectory();
    // Calls the contact at `row` of the directory list (its first number).
    Q_INVOKABLE bool dialContact(int row);
    DirectoryModel *contactList() const { return m_contactList; }
    QString dialMatch() const;
    CallHistory *callHistory() const { return m_history; }
    Directory *directory() const { return m_directory; }
    CallHistoryModel *historyList() const { return m_historyList; }
    int newMissedCalls() const;
    // The handset (simulator only: real hardware moves the hook itself).
    Q_INVOKABLE void toggleHook();
    // Do Not Disturb (seed 000 §"DND"): saved in features.dnd.enable; the feature code
    // features.dnd.on_code / off_code is dialled so that the server agrees.
    int voiceMessages() const;
    bool dnd() const;
    void setDnd(bool on);
    bool isOffHook() const;
    bool isSimulated() const;

Q_SIGNALS:
    void displaySettingsChanged();
    void lockChanged();
    void ringPreviewChanged();
    void unlockRequested();
    void formSaveRequested();
    void formBackRequested();
    // The New Contact softkey on the directory.
    void newContactRequested();
    void screenChanged();
    void serviceChanged();
    void dialTextChanged();
    void callChanged();
    void noticeChanged();
    void hookChanged();
    void dndChanged(bool on);
    void voiceMessagesChanged();
    void historyChanged();
    void setupCompleted();
    // Our IP address changed (Action URL ip_change); accounts and calls have been told.
    void networkChanged();
    void shutdownFinished();

private:
    void startServices();
    void applyAccountSettings();
    void updateScreen();
    void setNotice(const QString &text);
    void onCallsChanged();
    void showVideoOf(Call *call);
    // Locks now when the phone lock is on, else unlocks; rearms the timer on idle.
    void updateLock(bool lockNow);
    // False (and the PIN asked for) when the lock forbids what is about to happen.
    bool allowedWhileLocked();
    void onAddressesChanged(const QStringList &before, const QStringList &now);
    void finishShutdown();
    bool completeTransfer(const QString &target);
    bool dialConferenceParty(); // the dialled number becomes the conference's third party
    bool openPage(Screen page);
    void closePage(Screen page);
    // Dials what was typed on the account of `held` (on hold meanwhile) and lets go of it.
    bool dialBeside(QPointer<Call> &held);
    // The number as it goes out after the dial plan; nullopt, with "Forbidden Number" shown,
    // when a block-out rule stops it.
    std::optional<QString> outgoingNumber(const QString &typed, int account);
    void leaveDialer(); // closes the dialer and empties the buffer (a number went out)
    void onNotify(int account, const QString &event, const QString &params, const QByteArray &body);

    PhoneOptions m_options;
    platform::Platform *m_platform;
    ConfigStore *m_config;
    Provisioner *m_provisioner;
    BlfMonitor *m_blf = nullptr; // created with the SIP services
    SharedLines *m_sharedLines = nullptr;
    DssKeys *m_dss = nullptr;
    CallCompletion *m_completion = nullptr;
    CallHistory *m_history = nullptr;
    Directory *m_directory = nullptr;
    DirectoryModel *m_contactList = nullptr;
    DssKeyModel *m_dssKeys = nullptr;
    CallHistoryModel *m_historyList = nullptr;
    QTimer *m_busyTone = nullptr;
    bool m_dialerOffHook = false; // the dialer was opened by going off hook (dial tone)
    std::unique_ptr<CertificateStore> m_certificates;
    sip::SipStack *m_sip;
    AccountListModel *m_accounts;
    CallManager *m_calls;
    media::TonePlayer *m_tones;
    ActionUrl *m_actionUrl = nullptr;
    std::unique_ptr<KeyDispatcher> m_keys;
    Screen m_screen = Screen::Boot;
    bool m_booted = false;
    bool m_dialerOpen = false;
    // A page opened from the idle screen (Status, History, Directory, DSS), shown until it is
    // closed or a call takes the screen.
    std::optional<Screen> m_page;
    QString m_dialText;
    int m_dialAccount = 1;
    QString m_notice;
    VoiceMailBox *m_voiceMail = nullptr;
    GuiLanguage *m_language = nullptr; // lang.gui
    std::unique_ptr<Wallpapers> m_wallpapers;
    std::unique_ptr<ContactPhotos> m_photos;
    std::unique_ptr<RingTones> m_rings;
    bool m_ringPreview = false;
    bool m_locked = false;
    QTimer *m_lockTimer = nullptr; // locks again after phone_lock.lock_time_out on idle
    bool m_formOpen = false;       // a form is shown on the page (Save, Back)
    int m_settingsDepth = 0;       // submenus below the top of the settings menu
    QPointer<Call> m_transferCall;
    QPointer<Call> m_conferenceCall;     // held while the dialer asks for the third party
    QTimer *m_hotlineTimer = nullptr;    // features.hotline_delay after going off hook
    QTimer *m_interDigitTimer = nullptr; // live dialpad: phone_setting.inter_digit_time
    AutoRedial *m_autoRedial = nullptr;
    // call being transferred while the dialer is open
    QTimer *m_dialNowTimer = nullptr; // dial-now: sends a matching number after a delay
    QPointer<QVideoSink> m_remoteVideo, m_previewVideo; // the in-call screen's outputs
    QPointer<QVideoSink> m_secondVideo;                 // the other far end, in a conference
};

} // namespace vidi::app
