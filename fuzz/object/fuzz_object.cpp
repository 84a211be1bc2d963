// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a downloaded content object, after its hash matched the manifest (a key holder can sign anything).
// The decoder must refuse whatever is not a compressed JSON object within ContentLimits, allocating no more than
// the caps allow, whatever size the object declares; what it accepts goes through the same limit check apply uses.
#include "contentobject.h"
#include "contentwriter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    ContentObject::Problem problem {};
    if (const auto object = ContentObject::decode(bytes, &error, &problem)) {
        for (const auto &kind : ContentObject::kinds()) {
            (void)ContentWriter::fitsLimits(kind, *object, &error);
        }
        (void)ContentObject::encode(*object);
    }
    return 0;
}
