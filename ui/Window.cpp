#include "Window.h"

#include <QMessageBox>

namespace cm {

int runWindow(const QString& dbPath) {
    Q_UNUSED(dbPath);
    QMessageBox::information(nullptr, QObject::tr("caringmap"),
                             QObject::tr("The caringmap window is not built yet. Use the "
                                         "command line: caringmap --help"));
    return 0;
}

} // namespace cm
