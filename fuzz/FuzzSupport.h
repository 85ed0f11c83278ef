#pragma once

#include "Storage.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Shared by the fuzz targets: a Qt application object, a scratch folder, and
// a small school whose every change a target rolls back, so that each input
// starts from the same database.
namespace cmfuzz {

void startQt();
// A scratch folder that lives as long as the process.
const QTemporaryDir& scratch();
// Writes the input to a file in the scratch folder and returns its path.
QString writeInput(const QString& name, const uint8_t* data, size_t size);
// The school: three students, two adults, opened once.
cm::Storage& school();

} // namespace cmfuzz
