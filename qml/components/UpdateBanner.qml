// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The banner after a content update, until dismissed. Loaded by URL only then; its texts keep the shell's
// translation context.
Pane {
    objectName: "updateBanner"
    padding: Theme.spacing
    leftPadding: Theme.margin
    Material.background: Theme.primary
    Material.foreground: "white"
    Material.elevation: 2

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTranslate("AppShell", "Content updated")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.name: text
        }
        Button {
            flat: true
            text: qsTranslate("AppShell", "See what's new")
            onClicked: {
                Sync.dismissUpdateNotice();
                App.openPage("whatsnew");
            }
            Accessible.name: text
        }
        ToolButton {
            text: "✕"
            onClicked: Sync.dismissUpdateNotice()
            Accessible.name: qsTranslate("AppShell", "Dismiss")
            ToolTip.visible: hovered
            ToolTip.text: qsTranslate("AppShell", "Dismiss")
        }
    }
}
