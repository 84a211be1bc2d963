// SPDX-License-Identifier: GPL-3.0-or-later
#include "limitcheck.h"
#include "contentlimits.h"
#include "contentobject.h"
#include "contentpackager.h"
#include "contentwriter.h"
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace {
// The line of a top-level field in a YAML file, for a message that points at it; 1 when not found.
int lineOf(const QString &file, const QString &field)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return 1;
    }
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        if (f.readLine(64 * 1024).startsWith(field.toUtf8() + ':')) {
            return line;
        }
    }
    return 1;
}

QString kib(qint64 bytes)
{
    return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
}
} // namespace

void LimitCheck::check(const ContentSource &source, QList<Diagnostic> &diagnostics)
{
    const auto site = QStringLiteral("site.yaml");
    const auto error = [&diagnostics](const QString &file, int line, const QString &message) {
        diagnostics.push_back({ file, line, message, Diagnostic::Severity::Error });
    };

    // Trusted keys: a key that is no key can never verify an update. An empty list is fine for content that is
    // only ever bundled, but not beside an update address; publish insists on a list that includes its own key.
    const int keysLine = lineOf(QDir(source.dir).filePath(site), QStringLiteral("trusted_keys"));
    for (const auto &k : source.site.trustedKeys) {
        if (ManifestSignature::decodeKey(k).isEmpty()) {
            error(site, keysLine,
                QStringLiteral("trusted_keys: '%1' is not a public key made by `welcome-content keygen`")
                    .arg(k.left(60)));
        }
    }
    if (source.site.trustedKeys.size() > ContentLimits::maxTrustedKeys) {
        error(site, keysLine,
            QStringLiteral("trusted_keys lists %1 keys; phones accept at most %2")
                .arg(source.site.trustedKeys.size())
                .arg(ContentLimits::maxTrustedKeys));
    }
    if (source.site.trustedKeys.isEmpty() && !source.site.updateUrl.isEmpty()) {
        diagnostics.push_back({ site, keysLine,
            QStringLiteral("trusted_keys is empty, so phones will refuse every update from update_url"),
            Diagnostic::Severity::Warning });
    }

    // Articles: the one thing editors write at length.
    bool articlesFit = true;
    for (const auto &a : source.articles) {
        const auto bytes
            = a.article.title.toUtf8().size() + a.article.summary.toUtf8().size() + a.article.body.toUtf8().size();
        if (bytes > ContentLimits::maxArticleBytes) {
            articlesFit = false;
            error(a.file, 1,
                QStringLiteral("the article's text is %1; phones accept at most %2: split it into several articles")
                    .arg(kib(bytes), kib(ContentLimits::maxArticleBytes)));
        }
    }
    const auto count = 4 + source.articles.size() + source.offers.size() + source.steps.size();
    if (count > ContentLimits::maxObjects) {
        error(site, 1,
            QStringLiteral(
                "the content has %1 objects (articles per language, offers, steps); phones accept at most %2")
                .arg(count)
                .arg(ContentLimits::maxObjects));
        return;
    }
    if (!articlesFit) {
        return; // not packaged: the objects would only repeat the errors above
    }

    // Every object as phones receive it: stored size, decompressed size, and all of them together.
    QHash<QString, QString> fileOf;
    for (const auto &a : source.articles) {
        fileOf.insert(QStringLiteral("article/%1/%2").arg(a.slug, a.lang), a.file);
    }
    for (const auto &o : source.offers) {
        fileOf.insert(QStringLiteral("offer/") + o.id, o.file);
    }
    for (const auto &s : source.steps) {
        fileOf.insert(QStringLiteral("step/") + s.id, s.file);
    }
    qint64 total = 0;
    for (const auto &o : ContentPackager::objects(source)) {
        const auto file = fileOf.value(o.id, o.id == QLatin1String("site") ? site : o.id + QStringLiteral(".yaml"));
        QString why;
        total += o.stored.size();
        if (!ContentObject::decode(o.stored, &why).has_value() || !ContentWriter::fitsLimits(o.kind, o.data, &why)) {
            error(file, 1, QStringLiteral("%1 is too large for phones: %2").arg(o.id, why));
        }
    }
    if (total > ContentLimits::maxUpdateBytes) {
        error(site, 1,
            QStringLiteral("the content is %1 compressed; phones accept updates of at most %2")
                .arg(kib(total), kib(ContentLimits::maxUpdateBytes)));
    }
}
