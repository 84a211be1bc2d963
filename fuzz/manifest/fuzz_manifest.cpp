// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: what a phone does with the bytes a server sends as manifest.json. The envelope is opened against a
// trusted key (the one the seed corpus was signed with, so mutations reach the signature check), and the same bytes
// are parsed as the signed manifest itself, as if their signature had verified: the parser and its checks (ids,
// kinds, sizes, caps, times) must refuse anything malformed without crashing, hanging or allocating beyond the caps.
#include "manifest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The public half of the throwaway key that signed corpus/envelope-valid.json.
    static const QStringList trusted = { QStringLiteral("B8HkJjchetFfeLcFFoaMJrb1nzUiAtme4xIP6UixbUg=") };
    ManifestSignature::Problem signatureProblem {};
    QString error;
    QByteArray signer;
    if (const auto payload = ManifestSignature::open(bytes, trusted, &signatureProblem, &error, &signer)) {
        (void)Manifest::fromJson(*payload, &error);
    }
    Manifest::Problem problem {};
    if (const auto manifest = Manifest::fromJson(bytes, &error, &problem)) {
        // A fixed "now": the same input always takes the same path.
        (void)manifest->checkTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), &error);
        (void)manifest->toJson();
    }
    return 0;
}
