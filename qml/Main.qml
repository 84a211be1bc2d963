// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Welcome

ApplicationWindow {
    id: root

    width: 420
    height: 860
    visible: true
    title: App.siteName.length > 0 ? App.siteName : "Welcome"

    // Qt 6 no longer mirrors controls from the locale: mirror from the chosen language.
    LayoutMirroring.enabled: App.rightToLeft
    LayoutMirroring.childrenInherit: true
    Material.theme: Material.System
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    AppShell {
        anchors.fill: parent
    }
}
