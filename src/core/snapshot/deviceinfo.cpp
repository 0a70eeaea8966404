#include "deviceinfo.h"

#include <QCoreApplication>
#include <QStringList>

namespace kw {

QString DeviceInfo::summary() const
{
    QStringList parts;
    if (!model.isEmpty())
        parts.append(model);
    if (!firmware.isEmpty())
        parts.append(QCoreApplication::translate("kw::DeviceInfo", "firmware %1").arg(firmware));
    return parts.join(QStringLiteral(" · "));
}

} // namespace kw
