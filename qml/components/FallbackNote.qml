// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Welcome

// Says that a page is shown in another language than the one chosen.
Pane {
    id: note

    /** The language the text is shown in. */
    property string shownLanguage

    Material.background: Material.theme === Material.Dark ? "#3a3220" : "#FFF4D6"
    Material.elevation: 0
    padding: 12

    Label {
        width: note.availableWidth
        wrapMode: Text.Wrap
        text: qsTr("This page is not yet available in %1. It is shown in %2.")
                .arg(App.languageName(App.language)).arg(App.languageName(note.shownLanguage))
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
