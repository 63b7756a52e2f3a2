#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vidi::app {

// An RFC 4235 dialog-info document: the dialogs of a monitored user (BLF, seed §5.16).
struct DialogInfo {
    struct Dialog {
        QString id, callId, localTag, remoteTag;
        QString direction; // "initiator" (the user calls) or "recipient" (the user is called)
        QString state;     // trying, proceeding, early, confirmed, terminated
        QString remoteIdentity;
    };
    // What a BLF key shows (seed §5.16: idle, ringing, busy).
    enum class State { Idle, Ringing, Busy };

    bool full = true; // state="full" (else "partial": only the dialogs that changed)
    int version = 0;
    QList<Dialog> dialogs;

    // The key's state: Ringing when a dialog rings at the user (early, recipient), Busy while
    // one is set up or confirmed, Idle when none is live.
    State summary() const;
    // The dialog that rings at the user, for a pickup (dialog-info call pickup, seed §5.15).
    std::optional<Dialog> ringing() const;
    // Applies a partial document to this one (RFC 4235 §4.1: dialogs by id).
    void merge(const DialogInfo &partial);

    // nullopt with *error for anything that is not well-formed dialog-info.
    static std::optional<DialogInfo> parse(const QByteArray &xml, QString *error);
    static QString stateName(State state);
};

} // namespace vidi::app
