// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One object as the manifest lists it. */
struct ManifestObject
{
    QString id;
    QString kind;
    QString lang;
    QString sha256;
    qint64 size = 0;
    bool operator==(const ManifestObject &) const = default;
};

/**
 * What an editor published: the region, a content version that only ever grows, when it was published and
 * until when phones may trust it, the editor's notes and every content object with its hash.
 *
 * On the wire, manifest.json is an envelope: {"format": 1, "signed": "<the manifest as a JSON string>",
 * "key": "<base64 Ed25519 public key>", "signature": "<base64 Ed25519 signature of the UTF-8 bytes of signed>"}.
 * Signing the exact bytes of a string, not re-serialised JSON, leaves nothing to canonicalise.
 */
struct Manifest
{
    static constexpr int formatVersion = 1;

    QString region;
    qint64 version = 0;
    QDateTime published;
    QDateTime expires;
    QString notes;
    QList<ManifestObject> objects;

    /** The manifest as the JSON text that gets signed. */
    [[nodiscard]] QByteArray toJson() const;
    enum class Problem { None, Malformed, UnsafeId, TooLarge, Expired, NotYetValid };
    /**
     * Parses and checks the signed JSON: fields, safe ids that fit their kinds (one object of each kind that exists
     * once), hashes, sizes, the caps of ContentLimits and an expiry within ContentLimits::maxExpiryDays of the
     * publish time. Everything here holds whatever the clock says; see checkTime() for the rest.
     */
    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error, Problem *problem = nullptr);
    /**
     * Whether the manifest is valid at @p now: not expired, and not published more than
     * ContentLimits::maxClockSkewSecs after it. Problem::None when it is.
     */
    [[nodiscard]] Problem checkTime(const QDateTime &now, QString *error) const;
};

/** Ed25519 signing and checking of manifests (libsodium). */
namespace ManifestSignature {

enum class Problem { None, Malformed, UnknownKey, BadSignature };

struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes
};

KeyPair generateKeyPair();
/** The public half of a secret key; empty when @p secretKey is not 64 bytes. */
QByteArray publicKeyOf(const QByteArray &secretKey);

/** The envelope for @p manifestJson, signed with @p secretKey. */
QByteArray sign(const QByteArray &manifestJson, const QByteArray &secretKey);

/**
 * Checks an envelope against the base64 public keys in @p trustedKeys and returns the signed manifest JSON;
 * @p signedBy (if given) receives the public key that signed it. On failure returns nullopt and sets @p problem
 * and @p error.
 */
std::optional<QByteArray> open(const QByteArray &envelope, const QStringList &trustedKeys, Problem *problem,
    QString *error, QByteArray *signedBy = nullptr);

/** A base64 Ed25519 public key as trusted_keys lists it: the 32 raw bytes, or empty when it is not one. */
QByteArray decodeKey(const QString &base64);

/**
 * Whether content that trusts @p keys can still take updates: at least one key, at most
 * ContentLimits::maxTrustedKeys, each a well-formed Ed25519 public key, and — when @p signer is given — the key
 * that signed the update among them. An update that trusts no key its own publisher holds would lock every phone
 * out of all later updates; a rotation therefore adds the new key in one update and drops the old one in the next,
 * signed with the new key. False with the reason in @p error.
 */
bool checkTrustedKeys(const QStringList &keys, const QByteArray &signer, QString *error);

} // namespace ManifestSignature
