// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"
#include "contentlimits.h"
#include "contentobject.h"
#include "contentpackager.h"
#include "contentwriter.h"
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace {
bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

bool Publisher::generateKey(const QString &dir, QString *publicKeyBase64, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    const auto secretPath = QDir(dir).filePath(QStringLiteral("welcome-signing.key"));
    const auto publicPath = QDir(dir).filePath(QStringLiteral("welcome-signing.pub"));
    const auto keys = ManifestSignature::generateKeyPair();
    if (keys.secretKey.isEmpty()) {
        *error = QStringLiteral("the signature library did not start");
        return false;
    }
    // O_EXCL: an existing key is never overwritten; 0600 from the first byte, not chmod afterwards.
    const int fd = ::open(QFile::encodeName(secretPath).constData(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2 (an existing key is never overwritten)")
                     .arg(secretPath, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const auto secret = keys.secretKey.toBase64() + '\n';
    const bool written = ::write(fd, secret.constData(), size_t(secret.size())) == secret.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        *error = QStringLiteral("cannot write %1").arg(secretPath);
        QFile::remove(secretPath);
        return false;
    }
    *publicKeyBase64 = QString::fromLatin1(keys.publicKey.toBase64());
    return writeAtomically(publicPath, publicKeyBase64->toLatin1() + '\n', error);
}

Publisher::Publisher(const ContentSource &source, QString keyFile)
    : m_source(source)
    , m_keyFile(std::move(keyFile))
{ }

Publisher::Result Publisher::publish(
    const QString &outDir, const QString &notes, int expiresInDays, const QDateTime &now)
{
    Result r;
    QFile keyFile(m_keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        r.message = QStringLiteral("cannot read the key %1: %2").arg(m_keyFile, keyFile.errorString());
        return r;
    }
    const auto secret = QByteArray::fromBase64(keyFile.read(4096).trimmed()); // a key is 90 characters
    const auto publicKey = ManifestSignature::publicKeyOf(secret);
    if (publicKey.isEmpty()) {
        r.message = QStringLiteral("%1 is not a signing key made by `welcome-content keygen`").arg(m_keyFile);
        return r;
    }
    // Everything below is what phones check; what they would refuse is not published.
    const auto &site = m_source.site;
    QString why;
    if (!ManifestSignature::checkTrustedKeys(site.trustedKeys, publicKey, &why)) {
        r.message = QStringLiteral("trusted_keys in site.yaml: %1; phones that installed this update could take no "
                                   "later one")
                        .arg(why);
        return r;
    }
    if (expiresInDays < 1 || expiresInDays > ContentLimits::maxExpiryDays) {
        r.message = QStringLiteral("--expires-days must be between 1 and %1: phones refuse manifests valid for longer")
                        .arg(ContentLimits::maxExpiryDays);
        return r;
    }
    if (notes.size() > ContentLimits::maxNotesChars) {
        r.message = QStringLiteral("the notes are %1 characters; phones show at most %2")
                        .arg(notes.size())
                        .arg(ContentLimits::maxNotesChars);
        return r;
    }
    const QDir region(QDir(outDir).filePath(site.region));
    const auto manifestPath = region.filePath(QStringLiteral("manifest.json"));

    Manifest manifest;
    manifest.region = site.region;
    manifest.version = site.version;
    manifest.published = now.toUTC();
    manifest.expires = now.toUTC().addDays(expiresInDays);
    manifest.notes = notes;
    const auto objects = ContentPackager::objects(m_source);
    for (const auto &o : objects) {
        if (!ContentObject::decode(o.stored, &why).has_value() || !ContentWriter::fitsLimits(o.kind, o.data, &why)) {
            r.message = QStringLiteral("%1: %2; phones would refuse it").arg(o.id, why);
            return r;
        }
        manifest.objects.push_back({ o.id, o.kind, o.lang, o.sha256, o.stored.size() });
    }
    // The phones' own parser and clock check, on exactly what will be signed.
    const auto json = manifest.toJson();
    if (!Manifest::fromJson(json, &why).has_value()
        || manifest.checkTime(now.toUTC(), &why) != Manifest::Problem::None) {
        r.message = QStringLiteral("phones would refuse this manifest: %1").arg(why);
        return r;
    }
    const auto envelope = ManifestSignature::sign(json, secret);
    if (envelope.size() > ContentLimits::maxManifestBytes) {
        r.message = QStringLiteral("the manifest would be %1 bytes; phones accept at most %2")
                        .arg(envelope.size())
                        .arg(ContentLimits::maxManifestBytes);
        return r;
    }

    // Versions only grow: the published manifest (whoever signed it) sets the floor.
    QFile previousFile(manifestPath);
    if (previousFile.open(QIODevice::ReadOnly)) {
        // Read no more than a phone would: the file may be anything (a device, a huge or endless file).
        const auto bytes = previousFile.read(ContentLimits::maxManifestBytes + 1);
        if (bytes.size() > ContentLimits::maxManifestBytes) {
            r.message = QStringLiteral("%1 is larger than any manifest phones accept; move it away or publish into "
                                       "another folder")
                            .arg(manifestPath);
            return r;
        }
        const auto previousJson
            = QJsonDocument::fromJson(bytes).object().value(QLatin1String("signed")).toString().toUtf8();
        // The floor holds even if the old manifest would not pass today's checks.
        const auto previousVersion
            = QJsonDocument::fromJson(previousJson).object().value(QLatin1String("version")).toInteger(-1);
        if (previousVersion > manifest.version) {
            r.message = QStringLiteral("version %1 is older than the published %2; raise 'version' in site.yaml")
                            .arg(manifest.version)
                            .arg(previousVersion);
            return r;
        }
        const auto previous = Manifest::fromJson(previousJson, nullptr);
        if (previousVersion == manifest.version && (!previous || previous->objects != manifest.objects)) {
            r.message = QStringLiteral("the content changed but version %1 is already published; raise 'version' "
                                       "in site.yaml")
                            .arg(manifest.version);
            return r;
        }
    }
    for (const auto &o : objects) {
        const QDir dir(region.filePath(QStringLiteral("objects/") + o.sha256.left(2)));
        const auto path = dir.filePath(o.sha256);
        if (QFile::exists(path) && QFileInfo(path).size() == o.stored.size()) {
            continue;
        }
        if (!QDir().mkpath(dir.path()) || !writeAtomically(path, o.stored, &r.message)) {
            if (r.message.isEmpty()) {
                r.message = QStringLiteral("cannot create %1").arg(dir.path());
            }
            return r;
        }
        ++r.written;
    }
    // The manifest goes last: until it is replaced, hosts serve the old one with all its objects present.
    if (!writeAtomically(manifestPath, envelope, &r.message)) {
        return r;
    }
    r.ok = true;
    r.objects = int(objects.size());
    r.version = manifest.version;
    return r;
}
