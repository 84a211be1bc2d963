// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist PDF: a real PDF with the steps in it, written whole or not at all.
#include "checklistpdf.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestChecklistPdf : public QObject
{
    Q_OBJECT

    QList<ChecklistStep> m_templates;
    QList<PlannedStep> m_steps;
    const QHash<QString, QString> m_names { { QStringLiteral("amina"), QStringLiteral("Amina") },
        { QStringLiteral("yusuf"), QStringLiteral("Yusuf") } };
    const QHash<QString, QString> m_labels { { QStringLiteral("due"), QStringLiteral("Due") },
        { QStringLiteral("done"), QStringLiteral("Done") }, { QStringLiteral("open"), QStringLiteral("Open") },
        { QStringLiteral("not_needed"), QStringLiteral("Not needed") },
        { QStringLiteral("documents"), QStringLiteral("Bring") },
        { QStringLiteral("member_household"), QStringLiteral("Whole household") } };
    const QHash<QString, QString> m_states { { QStringLiteral("household/register"), QStringLiteral("done") },
        { QStringLiteral("yusuf/school"), QStringLiteral("not_needed") } };

    bool write(const QString &path, QString *error)
    {
        return ChecklistPdf::write(
            path, QStringLiteral("Checklist <Bern> & more"), m_steps, m_states, m_names, m_labels, error);
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto step = [](const QString &id, const QString &title, const QStringList &documents) {
            ChecklistStep s;
            s.id = id;
            s.title = title;
            s.documents = documents;
            return s;
        };
        m_templates = { step(QStringLiteral("register"), QStringLiteral("Registration"),
                            { QStringLiteral("Passport"), QStringLiteral("Rental contract") }),
            step(QStringLiteral("insurance"), QStringLiteral("Insurance"), {}),
            step(QStringLiteral("school"), QStringLiteral("Schooling"), { QStringLiteral("Vaccination card") }) };
        // Pointers into m_templates, which is not changed again. The plan gives each step the documents that are
        // for its member: the rental contract is not, and the PDF must print the plan's, not the template's.
        m_steps = { { QStringLiteral("household"), QStringLiteral("register"), QDate(2026, 11, 15), &m_templates[0], 0,
                        { QStringLiteral("Passport") } },
            { QStringLiteral("amina"), QStringLiteral("insurance"), QDate(2027, 1, 31), &m_templates[1], 0, {} },
            { QStringLiteral("yusuf"), QStringLiteral("school"), QDate(), &m_templates[2], 0,
                { QStringLiteral("Vaccination card") } } };
    }

    void writesAPdf()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("checklist.pdf"));
        QString error;
        QVERIFY2(write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 1024, qPrintable(QString::number(bytes.size())));
        // Nothing beside it: no .part or other temporary file is left over.
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("checklist.pdf") });
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void replacesAnOldFile()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("checklist.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QString error;
        QVERIFY2(write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }

    void unwritablePathFails()
    {
        QString error;
        QVERIFY(!write(QStringLiteral("/dev/null/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QLatin1String("/dev/null/x.pdf")));

        // A folder that is really a file: nothing may appear next to it either.
        QTemporaryDir dir;
        const auto plain = dir.filePath(QStringLiteral("plain"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        error.clear();
        QVERIFY(!write(plain + QStringLiteral("/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("plain") });
        QCOMPARE(QFileInfo(plain).size(), 0);
    }

    void containsTheSteps()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (Debian package poppler-utils) is not installed, so the PDF's text cannot be read back");
        }
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("checklist.pdf"));
        QString error;
        QVERIFY2(write(path, &error), qPrintable(error));
        const auto text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext gave no text");
        for (const auto &expected : { QStringLiteral("Checklist <Bern> & more"), QStringLiteral("Registration"),
                 QStringLiteral("Whole household"), QStringLiteral("Amina"), QStringLiteral("Yusuf"),
                 QStringLiteral("2026-11-15"), QStringLiteral("2027-01-31"), QStringLiteral("–"),
                 QStringLiteral("Passport"), QStringLiteral("Vaccination card"), QStringLiteral("Bring"),
                 QStringLiteral("Done"), QStringLiteral("Open"), QStringLiteral("Not needed") }) {
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
        }
        QVERIFY2(!text.contains(QLatin1String("Rental contract")), "a document not for this member was printed");
        // The household comes before the members.
        QVERIFY(text.indexOf(QLatin1String("Whole household")) < text.indexOf(QLatin1String("Amina")));
        QVERIFY(text.indexOf(QLatin1String("Amina")) < text.indexOf(QLatin1String("Yusuf")));
    }

    void rightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("checklist-ar.pdf"));
        QString error;
        const bool ok = ChecklistPdf::write(path, QStringLiteral("قائمة المهام"), m_steps, m_states,
            { { QStringLiteral("amina"), QStringLiteral("أمينة") } }, m_labels, &error);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY2(ok, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }

    void noStepsStillGivesAPdf()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY2(
            ChecklistPdf::write(path, QStringLiteral("Checklist"), {}, {}, {}, m_labels, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
    }
};

QTEST_MAIN(TestChecklistPdf)
#include "tst_checklistpdf.moc"
