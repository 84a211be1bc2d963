// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Home's message about a start-up problem (content or database), with a button to dismiss it.
// Loaded by URL only when there is a notice; its texts keep Home's translation context.
Pane {
    Material.background: Material.theme === Material.Dark ? "#4a2a22" : "#FDECEA"
    Material.elevation: 0
    contentItem: RowLayout {
        Label {
            Layout.fillWidth: true
            text: App.notice
            wrapMode: Text.Wrap
        }
        ToolButton {
            text: qsTranslate("HomePage", "OK")
            onClicked: App.dismissNotice()
            Accessible.name: qsTranslate("HomePage", "Dismiss the message")
        }
    }
}
