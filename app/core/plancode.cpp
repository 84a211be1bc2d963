// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancode.h"
#include "base45.h"
#include "contentstore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>

namespace {

using PlanCode::Error;

constexpr QLatin1StringView prefixLetters("WP");
constexpr QCborTag coseSign1Tag { 18 };
constexpr int coseAlgEdDSA = -8;
constexpr int headerAlg = 1;
constexpr int headerKid = 4;

enum Key : int {
    KeyRegion = 1,
    KeyContentVersion = 2,
    KeyPerson = 3,
    KeySteps = 4,
    KeyNote = 5,
    KeyPoint = 6,
    KeyIssued = 7,
    KeyLanguage = 8,
};

const QDate &epoch()
{
    static const QDate d(1970, 1, 1);
    return d;
}

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return !s.isEmpty() && s.size() <= PlanCode::maxIdLength && re.match(s).hasMatch();
}

bool isLanguageCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$"));
    return re.match(s).hasMatch();
}

qsizetype characters(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())) {
            ++n;
        }
    }
    return n;
}

// ---- deflate ----

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
            uLong(data.size()), Z_BEST_COMPRESSION)
        != Z_OK) {
        return {};
    }
    out.resize(qsizetype(size));
    return out;
}

// Inflates into a buffer of the cap plus one byte, allocated once: a small code that expands without end
// (deflate reaches about 1000:1) stops at the cap instead of taking memory.
Error inflateCapped(const QByteArray &in, QByteArray &out, QString *detail)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK) {
        *detail = QStringLiteral("the decompressor did not start");
        return Error::Damaged;
    }
    out.resize(PlanCode::maxInflatedBytes + 1);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    const auto produced = qsizetype(zs.total_out);
    const auto leftIn = zs.avail_in;
    const auto leftOut = zs.avail_out;
    inflateEnd(&zs);
    if (rc == Z_STREAM_END) {
        if (produced > PlanCode::maxInflatedBytes) {
            *detail = QStringLiteral("the code inflates to more than %1 bytes").arg(PlanCode::maxInflatedBytes);
            return Error::TooLarge;
        }
        if (leftIn != 0) {
            *detail = QStringLiteral("%1 stray bytes after the compressed data").arg(leftIn);
            return Error::Damaged;
        }
        out.resize(produced);
        return Error::None;
    }
    if ((rc == Z_BUF_ERROR || rc == Z_OK) && leftOut == 0) {
        *detail = QStringLiteral("the code inflates to more than %1 bytes").arg(PlanCode::maxInflatedBytes);
        return Error::TooLarge;
    }
    if ((rc == Z_BUF_ERROR || rc == Z_OK) && leftIn == 0) {
        *detail = QStringLiteral("the compressed data ends early");
        return Error::Truncated;
    }
    *detail = QStringLiteral("the compressed data is corrupt (%1)").arg(QString::fromLatin1(zs.msg ? zs.msg : "?"));
    return Error::Damaged;
}

// ---- CBOR ----

// One complete CBOR item and nothing after it.
std::optional<QCborValue> parseCbor(const QByteArray &data, QCborError *error = nullptr)
{
    QCborStreamReader reader(data);
    auto value = QCborValue::fromCbor(reader);
    if (error) {
        *error = reader.lastError();
    }
    if (reader.lastError() != QCborError::NoError || reader.currentOffset() != data.size()) {
        return std::nullopt;
    }
    return value;
}

QByteArray payloadCbor(const PlanCode::Plan &plan)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    const int entries = 5 + int(!plan.note.isEmpty()) + int(!plan.point.isEmpty()) + int(!plan.language.isEmpty());
    // Keys in ascending order: the deterministic encoding of RFC 8949 §4.2.
    w.startMap(quint64(entries));
    w.append(qint64(KeyRegion));
    w.append(QStringView(plan.region));
    w.append(qint64(KeyContentVersion));
    w.append(quint64(plan.contentVersion));
    w.append(qint64(KeyPerson));
    if (plan.person == PlanCode::Person::Child) {
        w.startArray(2);
        w.append(quint64(plan.minAge));
        w.append(quint64(plan.maxAge));
        w.endArray();
    } else {
        w.append(qint64(0));
    }
    w.append(qint64(KeySteps));
    w.startArray(quint64(plan.steps.size()));
    for (const auto &s : plan.steps) {
        if (s.due.isValid()) {
            w.startArray(2);
            w.append(QStringView(s.id));
            w.append(quint64(plan.issued.daysTo(s.due)));
            w.endArray();
        } else {
            w.append(QStringView(s.id));
        }
    }
    w.endArray();
    if (!plan.note.isEmpty()) {
        w.append(qint64(KeyNote));
        w.append(QStringView(plan.note));
    }
    if (!plan.point.isEmpty()) {
        w.append(qint64(KeyPoint));
        w.append(QStringView(plan.point));
    }
    w.append(qint64(KeyIssued));
    w.append(quint64(epoch().daysTo(plan.issued)));
    if (!plan.language.isEmpty()) {
        w.append(qint64(KeyLanguage));
        w.append(QStringView(plan.language));
    }
    w.endMap();
    return out;
}

QByteArray protectedHeader(const QByteArray &kid)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(2);
    w.append(qint64(headerAlg));
    w.append(qint64(coseAlgEdDSA));
    w.append(qint64(headerKid));
    w.appendByteString(kid.constData(), kid.size());
    w.endMap();
    return out;
}

// What the signature covers (RFC 9052 §4.4): the context string, the protected header, no external data, the payload.
QByteArray sigStructure(const QByteArray &protectedBytes, const QByteArray &payload)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(4);
    w.append(QLatin1StringView("Signature1"));
    w.appendByteString(protectedBytes.constData(), protectedBytes.size());
    w.appendByteString("", 0);
    w.appendByteString(payload.constData(), payload.size());
    w.endArray();
    return out;
}

struct Fail
{
    Error error;
    QString detail;
};

// A map with integer keys only, each once; anything else is not a map this format writes.
std::optional<QHash<qint64, QCborValue>> intKeyed(const QCborValue &v, QString *detail)
{
    if (!v.isMap()) {
        *detail = QStringLiteral("expected a map");
        return std::nullopt;
    }
    QHash<qint64, QCborValue> out;
    const auto map = v.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isInteger()) {
            *detail = QStringLiteral("a map key is not a number");
            return std::nullopt;
        }
        if (out.contains(it.key().toInteger())) {
            *detail = QStringLiteral("key %1 appears twice").arg(it.key().toInteger());
            return std::nullopt;
        }
        out.insert(it.key().toInteger(), it.value());
    }
    return out;
}

std::optional<PlanCode::Plan> planFromCbor(const QCborValue &v, Fail &fail)
{
    const auto damaged = [&fail](const QString &why) {
        fail = { Error::Damaged, why };
        return std::nullopt;
    };
    QString why;
    const auto fields = intKeyed(v, &why);
    if (!fields) {
        return damaged(QStringLiteral("the plan is not a valid map: %1").arg(why));
    }
    const auto f = [&fields](Key k) { return fields->value(k, QCborValue(QCborValue::Undefined)); };
    const auto isUnsigned = [](const QCborValue &x) { return x.isInteger() && x.toInteger() >= 0; };
    PlanCode::Plan plan;
    for (const auto k : { KeyRegion, KeyContentVersion, KeyPerson, KeySteps, KeyIssued }) {
        if (!fields->contains(k)) {
            return damaged(QStringLiteral("field %1 is missing").arg(int(k)));
        }
    }
    if (!f(KeyRegion).isString() || !isUnsigned(f(KeyContentVersion)) || !isUnsigned(f(KeyIssued))) {
        return damaged(QStringLiteral("region, content version or date issued has the wrong type"));
    }
    plan.region = f(KeyRegion).toString();
    plan.contentVersion = f(KeyContentVersion).toInteger();
    // Far beyond any real date, and QDate::addDays must not overflow.
    if (f(KeyIssued).toInteger() > 3'000'000) {
        return damaged(QStringLiteral("the date issued is out of range"));
    }
    plan.issued = epoch().addDays(f(KeyIssued).toInteger());
    const auto person = f(KeyPerson);
    if (person.isInteger() && person.toInteger() == 0) {
        plan.person = PlanCode::Person::Adult;
    } else if (person.isArray() && person.toArray().size() == 2 && isUnsigned(person.toArray().at(0))
        && isUnsigned(person.toArray().at(1)) && person.toArray().at(1).toInteger() <= PlanCode::maxChildAge) {
        plan.person = PlanCode::Person::Child;
        plan.minAge = int(person.toArray().at(0).toInteger());
        plan.maxAge = int(person.toArray().at(1).toInteger());
    } else {
        return damaged(QStringLiteral("who the plan is for is not adult or a child's age range"));
    }
    if (!f(KeySteps).isArray()) {
        return damaged(QStringLiteral("the steps are not a list"));
    }
    const auto steps = f(KeySteps).toArray();
    if (steps.size() > PlanCode::maxSteps) {
        fail = { Error::TooLarge, QStringLiteral("%1 steps, at most %2").arg(steps.size()).arg(PlanCode::maxSteps) };
        return std::nullopt;
    }
    for (const auto &s : steps) {
        if (s.isString()) {
            plan.steps.push_back({ s.toString(), {} });
        } else if (s.isArray() && s.toArray().size() == 2 && s.toArray().at(0).isString()
            && isUnsigned(s.toArray().at(1)) && s.toArray().at(1).toInteger() <= PlanCode::maxDueDays) {
            plan.steps.push_back({ s.toArray().at(0).toString(), plan.issued.addDays(s.toArray().at(1).toInteger()) });
        } else {
            return damaged(QStringLiteral("a step is not an id or [id, days]"));
        }
    }
    const auto text = [&](Key k, QString &out) {
        if (!fields->contains(k)) {
            return true;
        }
        out = f(k).toString();
        return f(k).isString();
    };
    if (!text(KeyNote, plan.note) || !text(KeyPoint, plan.point) || !text(KeyLanguage, plan.language)) {
        return damaged(QStringLiteral("the note, the counselling point or the language is not text"));
    }
    if (characters(plan.note) > PlanCode::maxNoteLength) {
        fail = { Error::TooLarge,
            QStringLiteral("the note has %1 characters, at most %2")
                .arg(characters(plan.note))
                .arg(PlanCode::maxNoteLength) };
        return std::nullopt;
    }
    plan.note = PlanCode::cleanNote(plan.note);
    if (PlanCode::check(plan, &why) != Error::None) {
        return damaged(why);
    }
    return plan;
}

// Letters, digits, '-' and '.' are never encoded; @p keep lists the other Base45 characters left as they are.
QString percentEncode(const QString &code, const QByteArray &keep)
{
    return QString::fromLatin1(code.toLatin1().toPercentEncoding(keep));
}

} // namespace

QString PlanCode::cleanNote(const QString &note)
{
    QString out;
    out.reserve(note.size());
    int newlines = 0;
    const auto ucs4 = note.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        char32_t c = ucs4[i];
        if (c == U'\r' && i + 1 < ucs4.size() && ucs4[i + 1] == U'\n') {
            continue;
        }
        if (c == U'\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            c = U'\n';
        } else if (c == U'\t') {
            c = U' ';
        }
        const auto category = QChar::category(c);
        if (c != U'\n'
            && (category == QChar::Other_Control || category == QChar::Other_Surrogate || QChar::isNonCharacter(c))) {
            continue;
        }
        // Format characters can reorder or hide text (bidi overrides and isolates): only the joiners Persian and
        // Indic scripts need and the direction marks stay.
        if (category == QChar::Other_Format && c != 0x200C && c != 0x200D && c != 0x200E && c != 0x200F
            && c != 0x061C) {
            continue;
        }
        // At most one empty line in a row.
        newlines = c == U'\n' ? newlines + 1 : 0;
        if (newlines > 2) {
            continue;
        }
        out.append(QString::fromUcs4(&c, 1));
    }
    return out.trimmed();
}

Error PlanCode::check(const Plan &plan, QString *detail)
{
    const auto invalid = [detail](const QString &why) {
        if (detail) {
            *detail = why;
        }
        return Error::Invalid;
    };
    if (!isId(plan.region)) {
        return invalid(QStringLiteral("region '%1' is not an id").arg(plan.region));
    }
    if (plan.contentVersion < 0) {
        return invalid(QStringLiteral("the content version is negative"));
    }
    if (plan.person == Person::Child && (plan.minAge < 0 || plan.maxAge < plan.minAge || plan.maxAge > maxChildAge)) {
        return invalid(QStringLiteral("child age range %1-%2 is not within 0-%3")
                           .arg(plan.minAge)
                           .arg(plan.maxAge)
                           .arg(maxChildAge));
    }
    if (!plan.issued.isValid() || plan.issued < epoch()) {
        return invalid(QStringLiteral("the date issued is missing"));
    }
    if (plan.steps.isEmpty() || plan.steps.size() > maxSteps) {
        return invalid(QStringLiteral("a plan has 1 to %1 steps, not %2").arg(maxSteps).arg(plan.steps.size()));
    }
    QSet<QString> seen;
    for (const auto &s : plan.steps) {
        if (!isId(s.id)) {
            return invalid(QStringLiteral("step id '%1' is not an id").arg(s.id.left(maxIdLength + 1)));
        }
        if (seen.contains(s.id)) {
            return invalid(QStringLiteral("step '%1' is listed twice").arg(s.id));
        }
        seen.insert(s.id);
        if (s.due.isValid() && (s.due < plan.issued || plan.issued.daysTo(s.due) > maxDueDays)) {
            return invalid(QStringLiteral("step '%1' is due %2, not within ten years after the date issued %3")
                               .arg(s.id, s.due.toString(Qt::ISODate), plan.issued.toString(Qt::ISODate)));
        }
    }
    if (characters(plan.note) > maxNoteLength) {
        return invalid(
            QStringLiteral("the note has %1 characters, at most %2").arg(characters(plan.note)).arg(maxNoteLength));
    }
    if (!plan.point.isEmpty() && !isId(plan.point)) {
        return invalid(
            QStringLiteral("counselling point '%1' is not an offer id").arg(plan.point.left(maxIdLength + 1)));
    }
    if (!plan.language.isEmpty() && !isLanguageCode(plan.language)) {
        return invalid(QStringLiteral("'%1' is not a language code").arg(plan.language.left(16)));
    }
    return Error::None;
}

PlanCode::Encoded PlanCode::encode(const Plan &input, const PlanKey::KeyPair &key)
{
    Encoded result;
    Plan plan = input;
    plan.note = cleanNote(plan.note);
    result.error = check(plan, &result.detail);
    if (!result.ok()) {
        return result;
    }
    if (key.isValid() && plan.point.isEmpty()) {
        result.error = Error::Invalid;
        result.detail = QStringLiteral("a signed plan names its counselling point");
        return result;
    }
    // Compressed first, then signed: deflate gains nothing on the 72 random bytes of key id and signature and
    // spends 30 to 40 bytes more coding them among text (see the header and benchmarks/README.md).
    const auto payload = deflate(payloadCbor(plan));
    QByteArray envelope;
    QCborStreamWriter w(&envelope);
    if (key.isValid()) {
        const auto protectedBytes = protectedHeader(PlanKey::keyId(key.publicKey));
        const auto signature = PlanKey::sign(key, sigStructure(protectedBytes, payload));
        w.append(coseSign1Tag);
        w.startArray(4);
        w.appendByteString(protectedBytes.constData(), protectedBytes.size());
        w.startMap(0);
        w.endMap();
        w.appendByteString(payload.constData(), payload.size());
        w.appendByteString(signature.constData(), signature.size());
        w.endArray();
    } else {
        w.appendByteString(payload.constData(), payload.size());
    }
    const auto code = QStringLiteral("%1%2:%3").arg(prefixLetters).arg(formatVersion).arg(Base45::encode(envelope));
    if (payload.isEmpty() || code.size() > maxCodeLength) {
        result.error = Error::TooLarge;
        result.detail
            = QStringLiteral("the code would be %1 characters, at most %2").arg(code.size()).arg(maxCodeLength);
        return result;
    }
    result.code = code;
    return result;
}

QString PlanCode::extractCode(const QString &input)
{
    qsizetype from = 0;
    qsizetype to = input.size();
    while (from < to && input[from].isSpace()) {
        ++from;
    }
    // Only line ends go at the end: a code may end in a space.
    while (to > from && (input[to - 1] == u'\n' || input[to - 1] == u'\r' || input[to - 1] == u'\t')) {
        --to;
    }
    const auto s = QStringView(input).mid(from, to - from);
    QStringView code = s;
    bool encoded = false;
    for (const auto scheme : { QLatin1StringView("https://"), QLatin1StringView("http://") }) {
        if (s.startsWith(scheme, Qt::CaseInsensitive)) {
            const auto hash = s.indexOf(u'#');
            if (hash < 0) {
                return {};
            }
            const auto hostAndPath = s.mid(scheme.size(), hash - scheme.size());
            const auto slash = hostAndPath.indexOf(u'/');
            const auto path = slash < 0 ? QStringView() : hostAndPath.mid(slash);
            if (path != u"/r" && path != u"/r/") {
                return {};
            }
            code = s.mid(hash + 1);
            encoded = true;
        }
    }
    if (s.startsWith(QLatin1StringView("welcome:"), Qt::CaseInsensitive)) {
        if (!s.startsWith(QLatin1StringView("welcome://r/"), Qt::CaseInsensitive)) {
            return {};
        }
        code = s.mid(12);
        encoded = true;
    }
    if (!encoded) {
        return code.toString().toUpper();
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(code.toUtf8())).toUpper();
}

QString PlanCode::webLink(const QString &code, const QString &host)
{
    return QStringLiteral("https://%1/r#%2").arg(host, percentEncode(code, QByteArrayLiteral("$*+/:")));
}

QString PlanCode::appLink(const QString &code)
{
    // '/' too: a path with "/../" in it could be shortened by a URL normaliser on the way.
    return QStringLiteral("welcome://r/%1").arg(percentEncode(code, QByteArrayLiteral("$*+:")));
}

PlanCode::Decoded PlanCode::decode(const QString &input, const Context &context)
{
    Decoded d;
    const auto fail = [&d](Error e, const QString &why) {
        d.error = e;
        d.detail = why;
        d.plan = {};
        d.unknownSteps.clear();
        return d;
    };
    if (input.size() > maxInputLength) {
        return fail(Error::TooLarge, QStringLiteral("%1 characters, more than any code").arg(input.size()));
    }
    const auto code = extractCode(input);
    const auto colon = code.indexOf(u':');
    const auto number = colon < 0 ? QStringView() : QStringView(code).mid(2, colon - 2);
    if (!code.startsWith(prefixLetters) || number.isEmpty() || number.size() > 4 || number.startsWith(u'0')
        || !std::all_of(number.begin(), number.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; })) {
        return fail(Error::NotOurs, QStringLiteral("not a plan code"));
    }
    if (number.toInt() != formatVersion) {
        return fail(Error::NewerFormat,
            QStringLiteral("format %1; this version reads format %2").arg(number).arg(formatVersion));
    }
    if (code.size() > maxCodeLength) {
        return fail(Error::TooLarge, QStringLiteral("%1 characters, at most %2").arg(code.size()).arg(maxCodeLength));
    }
    const auto body = QStringView(code).mid(colon + 1);
    if (!Base45::isAlphabet(body)) {
        return fail(Error::Damaged, QStringLiteral("characters outside the code's alphabet"));
    }
    if (body.isEmpty() || body.size() % 3 == 1) {
        return fail(Error::Truncated, QStringLiteral("the code ends in the middle of a group"));
    }
    const auto bytes = Base45::decode(body);
    if (!bytes) {
        // A code cut short mostly ends in a partial group, which then often decodes to no byte at all.
        return body.size() % 3 == 2 && Base45::decode(body.chopped(2))
            ? fail(Error::Truncated, QStringLiteral("the code ends in the middle of a group"))
            : fail(Error::Damaged, QStringLiteral("not valid Base45"));
    }
    // The envelope: COSE_Sign1 (tagged or not) around the compressed plan, or, unsigned, the compressed plan alone
    // as a byte string. It is at most maxCodeLength · 2/3 bytes, so parsing it costs nothing to speak of.
    QCborError cborError {};
    const auto top = parseCbor(*bytes, &cborError);
    if (!top) {
        return cborError == QCborError::EndOfFile
            ? fail(Error::Truncated, QStringLiteral("the code ends early"))
            : fail(Error::Damaged, QStringLiteral("the envelope is not valid CBOR"));
    }
    const auto sign1 = top->isTag() && top->tag() == coseSign1Tag ? top->taggedValue() : *top;
    QByteArray payload;
    QByteArray protectedBytes;
    QByteArray kid;
    QByteArray signature;
    QString why;
    const bool isSigned = sign1.isArray();
    if (isSigned) {
        const auto a = sign1.toArray();
        if (a.size() != 4 || !a.at(0).isByteArray() || !a.at(1).isMap() || !a.at(2).isByteArray()
            || !a.at(3).isByteArray()) {
            return fail(Error::Damaged, QStringLiteral("not a COSE_Sign1 structure"));
        }
        protectedBytes = a.at(0).toByteArray();
        payload = a.at(2).toByteArray();
        signature = a.at(3).toByteArray();
        const auto header = parseCbor(protectedBytes);
        const auto fields = header ? intKeyed(*header, &why) : std::nullopt;
        if (!fields || !fields->value(headerAlg).isInteger() || fields->value(headerAlg).toInteger() != coseAlgEdDSA) {
            return fail(Error::Damaged, QStringLiteral("the protected header does not name EdDSA"));
        }
        const auto unprotectedKid = a.at(1).toMap().value(headerKid);
        const auto kidValue = fields->contains(headerKid) ? fields->value(headerKid) : unprotectedKid;
        if (!kidValue.isByteArray() || kidValue.toByteArray().isEmpty()) {
            return fail(Error::Damaged, QStringLiteral("the signature names no key"));
        }
        kid = kidValue.toByteArray();
    } else if (top->isByteArray()) {
        payload = top->toByteArray();
    } else {
        return fail(Error::Damaged, QStringLiteral("neither a signed nor an unsigned plan"));
    }
    QByteArray cbor;
    if (const auto e = inflateCapped(payload, cbor, &why); e != Error::None) {
        return fail(e, why);
    }
    const auto planValue = parseCbor(cbor);
    if (!planValue) {
        return fail(Error::Damaged, QStringLiteral("the plan is not valid CBOR"));
    }
    Fail planFail { Error::None, {} };
    const auto plan = planFromCbor(*planValue, planFail);
    if (!plan) {
        return fail(planFail.error, planFail.detail);
    }
    if (plan->region != context.region) {
        return fail(Error::WrongRegion,
            QStringLiteral("made for region '%1', this content is '%2'").arg(plan->region, context.region));
    }
    d.plan = *plan;
    if (isSigned) {
        // The kid only selects among the keys the installed content lists for the plan's counselling point; trust
        // comes from that list, never from the code. A kid that matches none is a key we do not know (never
        // listed, or removed by an update): the plan is usable but unverified. A kid that matches and a signature
        // that fails is different: the code was changed after it was signed (steps, dates or note edited) or
        // damaged past the checksum. Showing such a plan as merely "unverified" would let anyone edit a genuine
        // code and pass it on; refusing it costs a forger nothing they could not get by dropping the signature,
        // and spares the newcomer a plan that is not the one their counsellor made.
        bool listed = false;
        bool valid = false;
        const auto message = sigStructure(protectedBytes, payload);
        for (const auto &k : context.pointKeys.value(plan->point)) {
            if (PlanKey::keyId(k) == kid) {
                listed = true;
                valid = valid || PlanKey::verify(k, message, signature);
            }
        }
        if (listed && !valid) {
            return fail(Error::BadSignature,
                QStringLiteral("the signature does not verify with the key it names for '%1'").arg(plan->point));
        }
        d.verification = listed ? Verification::Verified : Verification::KeyNotListed;
        d.verifiedPoint = listed ? plan->point : QString();
    } else {
        d.verification = Verification::Unsigned;
    }
    d.plan.steps.clear();
    for (const auto &s : plan->steps) {
        if (context.stepIds.contains(s.id)) {
            d.plan.steps.push_back(s);
        } else {
            d.unknownSteps.push_back(s.id);
        }
    }
    d.newerContent = plan->contentVersion > context.contentVersion;
    return d;
}

PlanCode::Context PlanCode::Context::fromStore(const ContentStore &store)
{
    Context c;
    c.region = store.region();
    c.contentVersion = store.version();
    for (const auto &s : store.checklistSteps(store.defaultLanguage())) {
        c.stepIds.insert(s.id);
    }
    const auto keys = store.planKeys();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        for (const auto &k : it.value()) {
            if (const auto key = PlanKey::parsePublicKey(k)) {
                c.pointKeys[it.key()].push_back(*key);
            }
        }
    }
    return c;
}
