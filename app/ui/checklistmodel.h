// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklistcontroller.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>

/** The checklist's rows for QML: all members or one, all steps or only the next open ones. */
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ChecklistController *controller READ controller WRITE setController NOTIFY settingsChanged)
    /** A member id, "household", or empty for everyone. */
    Q_PROPERTY(QString member READ member WRITE setMember NOTIFY settingsChanged)
    /** A step's record id (the step id, or "<step>.<year>" for a later year of a yearly step), or empty for all. */
    Q_PROPERTY(QString step READ step WRITE setStep NOTIFY settingsChanged)
    /** Only steps still open, legal deadlines first, then soonest and most important first (for Home). */
    Q_PROPERTY(bool onlyOpen READ onlyOpen WRITE setOnlyOpen NOTIFY settingsChanged)
    /** At most this many rows; 0 for all. */
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY settingsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Rows done or not needed, of all rows (for a progress bar). */
    Q_PROPERTY(int closedCount READ closedCount NOTIFY countChanged)

public:
    enum Role {
        MemberRole = Qt::UserRole + 1,
        MemberNameRole,
        StepRole,
        TitleRole,
        DescriptionRole,
        DueRole,
        UrgencyRole,
        StateRole,
        NoteRole,
        ArticleRole,
        OfferCategoryRole,
        DocumentsRole,
        RemovedRole,
        NeedsReviewRole,
        ImportanceRole
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] ChecklistController *controller() const { return m_controller; }
    void setController(ChecklistController *controller);
    [[nodiscard]] QString member() const { return m_member; }
    void setMember(const QString &member);
    [[nodiscard]] QString step() const { return m_step; }
    void setStep(const QString &step);
    [[nodiscard]] bool onlyOpen() const { return m_onlyOpen; }
    void setOnlyOpen(bool onlyOpen);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int closedCount() const;
    /** Every role of the row for @p step (the first, if several members have it); empty if none. */
    Q_INVOKABLE QVariantMap find(const QString &step) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** "overdue", "soon" (within 7 days), "later", "none" (no date) or "closed". */
    static QString urgency(const QDate &due, const QDate &today, bool closed);

Q_SIGNALS:
    void settingsChanged();
    void countChanged();

private:
    struct Row
    {
        PlannedStep plan; // plan.step is null when the guide no longer has the step
        StepState state;
    };
    void reload();

    QPointer<ChecklistController> m_controller;
    QString m_member;
    QString m_step;
    bool m_onlyOpen = false;
    int m_limit = 0;
    QList<Row> m_rows;
};
