#include "ui/TraditionalChinese.h"

#include <QLoggingCategory>
#include <opencc/opencc.h>

Q_LOGGING_CATEGORY(lcTraditional, "vidi.pinyin")

namespace vidi::app {

namespace {
// The converter is opened once per process and kept (its tables take a few MiB).
opencc_t converter() {
    static const opencc_t handle = [] {
        const opencc_t opened = opencc_open("s2tw.json");
        if (opened == reinterpret_cast<opencc_t>(-1)) {
            qCWarning(lcTraditional) << "OpenCC's s2tw table did not open:" << opencc_error()
                                     << "- Traditional input shows Simplified characters";
        }
        return opened;
    }();
    return handle;
}
} // namespace

QString TraditionalChinese::fromSimplified(const QString &simplified) {
    const opencc_t handle = converter();
    if (simplified.isEmpty() || handle == reinterpret_cast<opencc_t>(-1))
        return simplified;
    const QByteArray utf8 = simplified.toUtf8();
    char *converted = opencc_convert_utf8(handle, utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return simplified;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

} // namespace vidi::app
