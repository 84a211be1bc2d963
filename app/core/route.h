// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The address of one page of the app: a kind and its arguments, written "kind[:argument[/argument]]", e.g. "home",
 * "search:Krankenkasse", "article:registration", "step:household/registration".
 *
 * The one place that knows which pages exist and what their arguments look like. The command line (--page), links
 * in the content, the shell's navigation, App.currentPage and the self-test's walk all go through it.
 * Adding a page: a Kind here and a row in route.cpp's table, then its row in AppShell.qml's page table.
 */
class Route
{
    Q_GADGET
public:
    enum class Kind {
        Home,
        Guide,
        Checklist,
        Onboarding,
        Places,
        Map,
        Location,
        Settings,
        WhatsNew,
        Search,
        Topic,
        Article,
        Offer,
        Step,
        Counter,
    };
    Q_ENUM(Kind)

    /** What a kind's arguments look like. */
    enum class Arguments {
        None, ///< "settings"
        OptionalQuery, ///< "search" or "search:<any text>"
        Id, ///< "article:<id>": lower-case letters, digits and dashes
        MemberAndStep, ///< "step:<member>/<step id>"
    };

    /** Why a text is not a route. */
    enum class Error { None, Empty, TooLong, UnknownKind, BadArguments };
    Q_ENUM(Error)

    /** Longest route text; longer text is refused before it is split. */
    static constexpr qsizetype maxLength = 256;
    static constexpr qsizetype maxIdLength = 100;
    static constexpr qsizetype maxMemberLength = 40;
    static constexpr qsizetype maxQueryLength = 100;

    /** Home. */
    Route() = default;

    /** @p kind with @p arguments, if they are what the kind takes. */
    [[nodiscard]] static std::optional<Route> make(Kind kind, const QStringList &arguments = {});
    /** The kind named @p kindName (e.g. "article") with @p arguments, as QML asks for pages. */
    [[nodiscard]] static std::optional<Route> make(
        QStringView kindName, const QStringList &arguments, Error *error = nullptr);
    /** Reads "kind[:argument[/argument]]"; the text of every route reads back as that route. */
    [[nodiscard]] static std::optional<Route> parse(QStringView text, Error *error = nullptr);
    /**
     * The page a link in the app's content points to ("article:<slug>", "offer:<id>", any route); nothing for
     * other links (https:, tel:…). Plan links from outside the app (welcome://r/<code>) become a Kind here.
     */
    [[nodiscard]] static std::optional<Route> fromLink(QStringView link);
    /** The text of @p kind with @p arguments; empty if they do not make a route. */
    [[nodiscard]] static QString format(Kind kind, const QStringList &arguments = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    [[nodiscard]] QString argument(qsizetype i) const { return m_arguments.value(i); }
    [[nodiscard]] QString toString() const;

    /** Every kind, in the order of the enum. */
    [[nodiscard]] static QList<Kind> kinds();
    /** The kind's name in route text, e.g. "whatsnew". */
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindNamed(QStringView name);
    [[nodiscard]] static Arguments argumentsOf(Kind kind);
    /** All routes' forms for help texts: "home, guide, …, step:<member>/<step>, …". */
    [[nodiscard]] static QString grammar();

    friend bool operator==(const Route &, const Route &) = default;

private:
    Route(Kind kind, QStringList arguments);

    Kind m_kind = Kind::Home;
    QStringList m_arguments;
};
