// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// One checklist step: a tick to mark it done, its title and when it is due.
ItemDelegate {
    id: row

    required property string member
    required property string step
    required property string title
    required property string due
    required property string urgency
    required property string state
    required property bool removed
    required property string note

    readonly property string dueLine: row.removed ? qsTr("No longer in the guide – your record is kept")
        : row.state === "not_needed" ? qsTr("Not needed")
        : row.state === "done" ? qsTr("Done")
        : row.due.length === 0 ? qsTr("No deadline")
        : row.urgency === "overdue" ? qsTr("Overdue since %1").arg(App.formatDate(row.due))
        : qsTr("Due by %1").arg(App.formatDate(row.due))

    padding: 12
    onClicked: App.open("step", [row.member, row.step])
    Accessible.name: row.title + ". " + row.dueLine
    Accessible.onPressAction: row.clicked()

    contentItem: RowLayout {
        spacing: 12
        CheckBox {
            checked: row.state === "done"
            enabled: !row.removed
            onToggled: Checklist.setState(row.member, row.step, checked ? "done" : "open")
            Accessible.name: checked ? qsTr("Done: %1").arg(row.title) : qsTr("Mark as done: %1").arg(row.title)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.Wrap
                font.pixelSize: 16
                font.strikeout: row.state !== "open"
                opacity: row.state === "open" ? 1 : 0.6
                horizontalAlignment: Text.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                font.pixelSize: 13
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: row.urgency === "overdue" ? Theme.emergency : row.urgency === "soon" ? Theme.accent : Material.foreground
                opacity: row.urgency === "overdue" || row.urgency === "soon" ? 1 : 0.7
                text: row.dueLine
            }
            Label {
                Layout.fillWidth: true
                visible: row.note.length > 0
                text: row.note
                font.pixelSize: 13
                font.italic: true
                elide: Text.ElideRight
                opacity: 0.7
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
