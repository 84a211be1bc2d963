// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Welcome

// Words about an offer shared by the list, the map card and their accessible names.
QtObject {
    /**
     * One line: how far (@p distance in metres, negative when unknown), whether it is open (@p openState from
     * OfferListModel: "always", "closes <ISO time>", "opens <ISO time>" or empty) and @p address, in the user's language.
     */
    function facts(distance: real, openState: string, address: string): string {
        const locale = Qt.locale(App.language);
        const parts = [];
        if (distance >= 0)
            parts.push(distance < 1000 ? qsTr("%1 m").arg(Math.round(distance / 10) * 10)
                                       : qsTr("%1 km").arg((distance / 1000).toLocaleString(locale, "f", 1)));
        if (openState === "always")
            parts.push(qsTr("open day and night"));
        else if (openState.startsWith("closes "))
            parts.push(qsTr("open until %1").arg(new Date(openState.substring(7)).toLocaleTimeString(locale, Locale.ShortFormat)));
        else if (openState.startsWith("opens "))
            parts.push(qsTr("opens %1").arg(new Date(openState.substring(6)).toLocaleString(locale, "ddd hh:mm")));
        if (address.length > 0)
            parts.push(address);
        return parts.join(" · ");
    }
}
