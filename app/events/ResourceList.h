#pragma once
#include "events/DialogInfo.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vidi::app {

// An RFC 4662 resource-list NOTIFY (BLF List, seed §5.17): a multipart/related body whose
// root part is the RLMI document (application/rlmi+xml) listing the resources in order, the
// other parts the dialog-info of each resource, tied to it by Content-ID.
struct ResourceList {
    struct Resource {
        QString uri, name;
        std::optional<DialogInfo> dialogs; // absent until the server sends a state
    };
    bool fullState = true;
    QList<Resource> resources;

    // `contentType` is the NOTIFY's Content-Type (its boundary parameter delimits the parts).
    static std::optional<ResourceList> parse(const QByteArray &body, const QByteArray &contentType,
                                             QString *error);
    // A partial NOTIFY updates the resources it names (RFC 4662 §5.2).
    void merge(const ResourceList &partial);
};

} // namespace vidi::app
