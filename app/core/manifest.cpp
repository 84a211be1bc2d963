// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"
#include "contentlimits.h"
#include "contentobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool failWith(QString *error, const QString &why)
{
    if (error) {
        *error = why;
    }
    return false;
}
} // namespace

QByteArray Manifest::toJson() const
{
    QJsonArray list;
    for (const auto &o : objects) {
        list.push_back(QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("kind"), o.kind },
            { QStringLiteral("lang"), o.lang }, { QStringLiteral("sha256"), o.sha256 },
            { QStringLiteral("size"), o.size } });
    }
    const QJsonObject root { { QStringLiteral("format"), formatVersion }, { QStringLiteral("region"), region },
        { QStringLiteral("version"), version },
        { QStringLiteral("published"), published.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate) }, { QStringLiteral("notes"), notes },
        { QStringLiteral("objects"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, QString *error, Problem *problem)
{
    const auto flag = [problem](Problem p) {
        if (problem) {
            *problem = p;
        }
    };
    flag(Problem::Malformed);
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        failWith(error, QStringLiteral("the manifest is not valid JSON"));
        return std::nullopt;
    }
    const auto root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != formatVersion) {
        failWith(error, QStringLiteral("the manifest has an unknown format"));
        return std::nullopt;
    }
    Manifest m;
    m.region = root.value(QLatin1String("region")).toString();
    m.version = root.value(QLatin1String("version")).toInteger(-1);
    m.published = QDateTime::fromString(root.value(QLatin1String("published")).toString(), Qt::ISODate);
    m.expires = QDateTime::fromString(root.value(QLatin1String("expires")).toString(), Qt::ISODate);
    m.notes = root.value(QLatin1String("notes")).toString().left(ContentLimits::maxNotesChars);
    if (m.region.isEmpty() || m.version <= 0 || !m.published.isValid() || !m.expires.isValid()) {
        failWith(error, QStringLiteral("the manifest lacks a region, version, publish time or expiry"));
        return std::nullopt;
    }
    // A manifest valid for ages would let a replayed copy hold phones on old content for as long.
    if (m.expires <= m.published || m.published.secsTo(m.expires) > qint64(ContentLimits::maxExpiryDays) * 86400) {
        failWith(error,
            QStringLiteral("the manifest is valid for more than %1 days (published %2, expires %3)")
                .arg(ContentLimits::maxExpiryDays)
                .arg(m.published.toUTC().toString(Qt::ISODate), m.expires.toUTC().toString(Qt::ISODate)));
        return std::nullopt;
    }
    const auto list = root.value(QLatin1String("objects")).toArray();
    if (list.size() > ContentLimits::maxObjects) {
        flag(Problem::TooLarge);
        failWith(error, QStringLiteral("the manifest lists %1 objects, more than allowed").arg(list.size()));
        return std::nullopt;
    }
    QSet<QString> ids;
    qint64 total = 0;
    for (const auto &v : list) {
        const auto o = v.toObject();
        ManifestObject mo { o.value(QLatin1String("id")).toString(), o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("lang")).toString(), o.value(QLatin1String("sha256")).toString(),
            o.value(QLatin1String("size")).toInteger(-1) };
        // Ids end up in SQL and hashes in file names: anything that could leave the data folder is refused.
        if (!ContentObject::isSafeId(mo.id) || (!mo.lang.isEmpty() && !ContentObject::isSafeId(mo.lang))) {
            flag(Problem::UnsafeId);
            failWith(error, QStringLiteral("the manifest names an unsafe object id: %1").arg(mo.id.left(80)));
            return std::nullopt;
        }
        if (!ContentObject::kinds().contains(mo.kind)) {
            failWith(error, QStringLiteral("object %1 has an unknown kind").arg(mo.id));
            return std::nullopt;
        }
        // The id is what an update later removes by: one that does not fit its kind could never be removed, and a
        // second site or topic list would be applied over the first.
        if (!ContentObject::idFitsKind(mo.id, mo.kind, mo.lang)) {
            failWith(error,
                ContentObject::isSingleton(mo.kind)
                    ? QStringLiteral("object %1 is a second '%2'; content has exactly one").arg(mo.id, mo.kind)
                    : QStringLiteral("object %1 does not fit its kind '%2' and language '%3'")
                          .arg(mo.id, mo.kind, mo.lang));
            return std::nullopt;
        }
        if (!ContentObject::isHash(mo.sha256)) {
            failWith(error, QStringLiteral("object %1 has no valid SHA-256").arg(mo.id));
            return std::nullopt;
        }
        if (mo.size <= 0 || mo.size > ContentLimits::maxObjectBytes) {
            flag(Problem::TooLarge);
            failWith(error, QStringLiteral("object %1 is oversized or empty (%2 bytes)").arg(mo.id).arg(mo.size));
            return std::nullopt;
        }
        if (ids.contains(mo.id)) {
            failWith(error, QStringLiteral("the manifest lists object %1 twice").arg(mo.id));
            return std::nullopt;
        }
        ids.insert(mo.id);
        total += mo.size;
        m.objects.push_back(mo);
    }
    if (total > ContentLimits::maxUpdateBytes) {
        flag(Problem::TooLarge);
        failWith(error, QStringLiteral("the update would be %1 MB, more than allowed").arg(total / 1048576));
        return std::nullopt;
    }
    for (const char *required : { "site", "topics" }) {
        if (!ids.contains(QLatin1String(required))) {
            failWith(error, QStringLiteral("the manifest has no '%1' object").arg(QLatin1String(required)));
            return std::nullopt;
        }
    }
    flag(Problem::None);
    return m;
}

Manifest::Problem Manifest::checkTime(const QDateTime &now, QString *error) const
{
    // An expired manifest may be a stale copy replayed to keep phones from a correction (freeze).
    if (expires < now) {
        failWith(error,
            QStringLiteral("the update expired on %1; the editors have not renewed it")
                .arg(expires.toUTC().toString(Qt::ISODate)));
        return Problem::Expired;
    }
    // Published "later" than now: the clock here or the manifest is wrong; either way its expiry cannot be judged.
    if (now.secsTo(published) > ContentLimits::maxClockSkewSecs) {
        failWith(error,
            QStringLiteral("the update says it was published on %1, after this device's time %2; check the date and "
                           "time settings")
                .arg(published.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
        return Problem::NotYetValid;
    }
    return Problem::None;
}

ManifestSignature::KeyPair ManifestSignature::generateKeyPair()
{
    KeyPair k;
    if (!sodiumReady()) {
        return k;
    }
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray ManifestSignature::publicKeyOf(const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(
        reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return pk;
}

QByteArray ManifestSignature::sign(const QByteArray &manifestJson, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char *>(manifestJson.constData()), quint64(manifestJson.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    const QJsonObject envelope { { QStringLiteral("format"), Manifest::formatVersion },
        { QStringLiteral("signed"), QString::fromUtf8(manifestJson) },
        { QStringLiteral("key"), QString::fromLatin1(publicKeyOf(secretKey).toBase64()) },
        { QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()) } };
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

QByteArray ManifestSignature::decodeKey(const QString &base64)
{
    if (base64.size() > 64) {
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES) {
        return {};
    }
    return decoded.decoded;
}

bool ManifestSignature::checkTrustedKeys(const QStringList &keys, const QByteArray &signer, QString *error)
{
    if (keys.isEmpty()) {
        return failWith(error, QStringLiteral("the trusted keys would be empty, so no later update could be verified"));
    }
    if (keys.size() > ContentLimits::maxTrustedKeys) {
        return failWith(error,
            QStringLiteral("the trusted keys list %1 keys, more than %2")
                .arg(keys.size())
                .arg(ContentLimits::maxTrustedKeys));
    }
    bool signerKept = signer.isEmpty();
    for (const auto &k : keys) {
        const auto key = decodeKey(k);
        if (key.isEmpty()) {
            return failWith(error,
                QStringLiteral("the trusted keys hold '%1', which is not a base64 Ed25519 public key").arg(k.left(60)));
        }
        signerKept = signerKept || key == signer;
    }
    if (!signerKept) {
        return failWith(error,
            QStringLiteral("the trusted keys do not include the key that signed the update (%1); to rotate keys, first "
                           "publish an update that trusts both keys, signed with the old one")
                .arg(QString::fromLatin1(signer.toBase64())));
    }
    return true;
}

std::optional<QByteArray> ManifestSignature::open(
    const QByteArray &envelope, const QStringList &trustedKeys, Problem *problem, QString *error, QByteArray *signedBy)
{
    const auto fail = [&](Problem p, const QString &why) {
        if (problem) {
            *problem = p;
        }
        failWith(error, why);
        return std::nullopt;
    };
    if (!sodiumReady()) {
        return fail(Problem::Malformed, QStringLiteral("the signature library did not start"));
    }
    if (envelope.size() > ContentLimits::maxManifestBytes) {
        return fail(Problem::Malformed, QStringLiteral("the manifest is larger than allowed"));
    }
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(envelope, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Problem::Malformed, QStringLiteral("the manifest is not valid JSON"));
    }
    const auto root = doc.object();
    const auto payload = root.value(QLatin1String("signed")).toString().toUtf8();
    const auto keyText = root.value(QLatin1String("key")).toString();
    const auto sig = QByteArray::fromBase64(root.value(QLatin1String("signature")).toString().toLatin1());
    if (payload.isEmpty() || keyText.isEmpty() || sig.size() != crypto_sign_BYTES) {
        return fail(Problem::Malformed, QStringLiteral("the manifest is not signed"));
    }
    // The key named in the envelope only selects; trust comes from the installed content's list.
    const auto key = QByteArray::fromBase64(keyText.toLatin1());
    bool trusted = false;
    for (const auto &t : trustedKeys) {
        if (QByteArray::fromBase64(t.toLatin1()) == key) {
            trusted = true;
        }
    }
    if (!trusted || key.size() != crypto_sign_PUBLICKEYBYTES) {
        return fail(Problem::UnknownKey, QStringLiteral("the manifest is signed by a key this content does not trust"));
    }
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
            reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()),
            reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        return fail(Problem::BadSignature, QStringLiteral("the manifest's signature does not verify"));
    }
    if (problem) {
        *problem = Problem::None;
    }
    if (signedBy) {
        *signedBy = key;
    }
    return payload;
}
