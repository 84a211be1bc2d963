// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// One step of one member: what to do, what to bring, a personal note, and its state.
Page {
    id: page

    /** Member id, or "household". */
    required property string member
    /** Step id. */
    required property string step

    objectName: "step:" + member + "/" + step

    ChecklistModel {
        id: model
        controller: Checklist
        member: page.member
    }
    // Re-read whenever the model reloads (count is re-announced on every reload).
    readonly property var row: {
        model.count;
        return model.find(page.step);
    }
    readonly property bool found: row.step !== undefined

    header: PageHeader {
        title: Checklist.memberName(page.member)
        canGoBack: true
        onBackClicked: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            EmptyState {
                Layout.fillWidth: true
                visible: !page.found
                message: qsTr("This step is not in your checklist.")
            }
            Label {
                Layout.fillWidth: true
                visible: page.found
                text: page.row.title ?? ""
                font.pixelSize: Theme.titleFont
                font.weight: Font.Bold
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: page.found
                text: page.row.removed ? qsTr("This step is no longer in the guide. What you recorded is kept.")
                      : (page.row.due ?? "").length > 0 ? qsTr("Due by %1").arg(App.formatDate(page.row.due))
                      : qsTr("No deadline")
                color: page.row.urgency === "overdue" ? Theme.emergency : page.row.urgency === "soon" ? Theme.accent : Material.foreground
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                visible: (page.row.description ?? "").length > 0
                text: page.row.description ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodyFont
                horizontalAlignment: Text.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                visible: (page.row.documents ?? []).length > 0
                text: qsTr("Bring along:") + "\n• " + (page.row.documents ?? []).join("\n• ")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.found && !page.row.removed
                spacing: Theme.spacing
                Button {
                    text: page.row.state === "done" ? qsTr("Done ✓") : qsTr("Mark as done")
                    highlighted: page.row.state !== "done"
                    onClicked: Checklist.setState(page.member, page.step, page.row.state === "done" ? "open" : "done")
                    Accessible.name: text
                }
                Button {
                    text: page.row.state === "not_needed" ? qsTr("Needed after all") : qsTr("Not needed")
                    flat: true
                    onClicked: Checklist.setState(page.member, page.step, page.row.state === "not_needed" ? "open" : "not_needed")
                    Accessible.name: text
                }
            }
            Button {
                visible: (page.row.article ?? "").length > 0
                text: qsTr("Read more about it")
                flat: true
                onClicked: App.openLink("article:" + page.row.article)
                Accessible.name: text
            }
            Button {
                visible: page.found && !page.row.removed
                text: qsTr("Show at the counter")
                flat: true
                onClicked: App.openLink("counter:" + page.member + "/" + page.step)
                Accessible.name: qsTr("Show this step in German and in your language, large, at the office counter")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("My note")
                font.weight: Font.Medium
                horizontalAlignment: Text.AlignLeft
            }
            TextArea {
                id: note
                objectName: "stepNote"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                text: page.row.note ?? ""
                placeholderText: qsTr("e.g. appointment on 5 March, bring the rental contract")
                wrapMode: TextEdit.Wrap
                onEditingFinished: if (text !== (page.row.note ?? "")) Checklist.setNote(page.member, page.step, text)
                Accessible.name: qsTr("My note for this step")
            }
        }
    }
}
