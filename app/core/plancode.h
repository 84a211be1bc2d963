// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plankey.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class ContentStore;

/**
 * A plan code: the steps a counsellor recommends to one newcomer, small enough for a QR code, signed by the
 * counselling point. Shared by the app (counsellor mode, scanning, links) and `welcome-content recommend/decode`.
 *
 * Layout, outermost first:
 *
 *     WP1:<Base45>           prefix: "WP", the format number, ":" (all in the QR alphanumeric alphabet)
 *     Base45 (RFC 9285) of one CBOR item, the envelope:
 *       signed:   COSE_Sign1 (RFC 9052), tag 18:
 *                 [ bstr .cbor {1: -8 (EdDSA), 4: kid (8 bytes: SHA-256 of the public key, as in the EU DCC)},
 *                   {},
 *                   bstr payload,
 *                   bstr signature (64 bytes: Ed25519 over Sig_structure ["Signature1", protected, h'', payload]) ]
 *       unsigned: bstr payload
 *     payload: zlib (RFC 1950: deflate + Adler-32, so damage to an unsigned code is caught too) of the plan.
 *
 * The plan is compressed before it is signed, not the whole envelope after as in the EU DCC: the key id and
 * signature are random bytes deflate cannot shrink, and coding them among text cost 44 to 57 characters; a signed
 * 10-step plan with a 140-character note then needed 600 to 634 characters (version 15 to its last character, or
 * 16) instead of 543 to 580 (version 15). Measured in benchmarks/README.md.
 *
 *     plan, a CBOR map with small integer keys (unknown keys are skipped, so fields can be added):
 *         1 region           text
 *         2 content version  unsigned; the content the steps were picked from
 *         3 person           0 = adult, or [min, max]: a child aged min to max whole years
 *         4 steps            array; each a step id (text) or [step id, due: days after issued]
 *         5 note             text, plain, at most maxNoteLength characters (optional)
 *         6 point            text, offer id of the counselling point (optional)
 *         7 issued           unsigned, days since 1970-01-01
 *         8 language         text, the language the counsellor chose for the newcomer (optional)
 *
 * The code carries no name and no free-form links: step ids must be published ids, and the note is plain text.
 * How the note stays plain: cleanNote() drops control and format characters (bidi overrides included) when a code
 * is made and again when one is read; markup and URLs are left as the characters they are, never parsed. Show the
 * note only as plain text (QML: textFormat: Text.PlainText; HTML/PDF: toHtmlEscaped()), never linkified.
 *
 * Nothing here is worded for users: errors are an enum plus an English detail for logs and the content tool.
 */
namespace PlanCode {

constexpr int formatVersion = 1;
constexpr int maxNoteLength = 500; ///< Unicode characters
constexpr int maxSteps = 64;
constexpr int maxIdLength = 64;
constexpr int maxChildAge = 25;
constexpr int maxDueDays = 3660; ///< ten years after the date issued
/** The most a QR code holds in alphanumeric mode at error correction M (version 40): every code fits one. */
constexpr int maxCodeLength = 3391;
/** A link may percent-encode every character of a code. */
constexpr int maxInputLength = 3 * maxCodeLength + 256;
/** The largest valid plan is about 6.5 KB of CBOR; inflating stops here. */
constexpr int maxInflatedBytes = 8192;

enum class Error {
    None,
    NotOurs, ///< not a plan code: a web link, another QR code, text
    NewerFormat, ///< a plan code of a later format: the app needs an update
    WrongRegion, ///< made for another region's content
    Damaged, ///< the code was changed or garbled on the way
    Truncated, ///< part of the code is missing
    TooLarge, ///< longer than any valid code, or inflates beyond the limit
    BadSignature, ///< signed, but the signature does not verify with the key it names: changed after signing
    NoCode, ///< an image without a readable QR code
    UnreadableImage, ///< an image file that cannot be read
    Invalid, ///< (encoding) the plan breaks a rule; detail names it
};

enum class Person { Adult, Child };

/** Whether the sender is known. Only Verified may show the counselling point's name. */
enum class Verification {
    Verified, ///< signed with a key listed for the plan's counselling point in the installed content
    Unsigned, ///< no signature
    KeyNotListed, ///< signed with a key the installed content does not list for that point (unknown, or removed)
};

struct Step
{
    QString id;
    QDate due; ///< invalid when the counsellor set none
    bool operator==(const Step &) const = default;
};

struct Plan
{
    QString region;
    qint64 contentVersion = 0;
    Person person = Person::Adult;
    int minAge = 0; ///< child only
    int maxAge = 0; ///< child only
    QList<Step> steps;
    QString note; ///< plain text
    QString point; ///< offer id of the counselling point; empty when none
    QString language; ///< suggested language for the newcomer; empty when none
    QDate issued;
    bool operator==(const Plan &) const = default;
};

/** What the installed content says: checked against every code read. */
struct Context
{
    QString region;
    qint64 contentVersion = 0;
    QSet<QString> stepIds;
    QHash<QString, QList<QByteArray>> pointKeys; ///< offer id → public keys (32 bytes each)

    [[nodiscard]] static Context fromStore(const ContentStore &store);
};

struct Encoded
{
    Error error = Error::None;
    QString detail;
    QString code; ///< "WP1:…"
    [[nodiscard]] bool ok() const { return error == Error::None; }
};

struct Decoded
{
    Error error = Error::None;
    QString detail;
    /** The plan with only the steps this content knows, in the counsellor's order. */
    Plan plan;
    /** Step ids this content does not know (older content, or steps since removed): shown, skipped, explained. */
    QStringList unknownSteps;
    Verification verification = Verification::Unsigned;
    /** The counselling point whose key verified the code; empty unless Verified. The only name to show. */
    QString verifiedPoint;
    /** The code was made from content newer than the installed one (an update may know the unknown steps). */
    bool newerContent = false;
    [[nodiscard]] bool ok() const { return error == Error::None; }
    [[nodiscard]] bool verified() const { return ok() && verification == Verification::Verified; }
};

/** Drops control and format characters except line breaks and the joiners and marks scripts need. */
[[nodiscard]] QString cleanNote(const QString &note);
/** Checks @p plan against the format's rules; returns Error::None or Invalid with @p detail. */
Error check(const Plan &plan, QString *detail = nullptr);

/** Encodes @p plan, signed with @p key when it is valid; a signed plan must name its counselling point. */
[[nodiscard]] Encoded encode(const Plan &plan, const PlanKey::KeyPair &key = {});
/** A raw code, an https link (…/r#CODE) or an app link (welcome://r/CODE), checked against @p context. */
[[nodiscard]] Decoded decode(const QString &input, const Context &context);

/** https://<host>/r#<code>: in the fragment, which browsers never send to a server. */
[[nodiscard]] QString webLink(const QString &code, const QString &host);
/** welcome://r/<code> */
[[nodiscard]] QString appLink(const QString &code);
/** The code inside a raw code or either kind of link (percent-decoded, upper-cased); empty when there is none. */
[[nodiscard]] QString extractCode(const QString &input);

} // namespace PlanCode
