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
    /** Step id, or the record id of one year of a yearly step ("premium-reduction-at-source.2028"). */
    required property string step

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
                visible: steps.count === 0
                message: qsTr("This step is not in your checklist.")
            }

            // One row: this member's step. A Repeater keeps every field a plain binding to the model.
            Repeater {
                model: ChecklistModel {
                    id: steps
                    controller: Checklist
                    member: page.member
                    step: page.step
                }
                delegate: StepDetails {
                    Layout.fillWidth: true
                }
            }
        }
    }

    component StepDetails: ColumnLayout {
        id: details
        required property string member
        required property string step
        required property string title
        required property string description
        required property var documents
        required property string due
        required property string urgency
        required property string state
        required property string note
        required property string article
        required property string offerCategory
        required property string importance
        required property bool removed

        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: details.title
            font.pixelSize: Theme.titleFont
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: details.removed ? qsTr("This step is no longer in the guide. What you recorded is kept.")
                  : details.urgency === "overdue" ? qsTr("Overdue since %1").arg(App.formatDate(details.due))
                  : details.due.length > 0 ? qsTr("Due by %1").arg(App.formatDate(details.due))
                  : qsTr("No deadline")
            color: details.urgency === "overdue" ? Theme.emergency : details.urgency === "soon" ? Theme.accent : Material.foreground
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: !details.removed && details.importance === "legal" && details.due.length > 0
            text: qsTr("This deadline is set by law or by an office. Missing it can cost money or your permit.")
            wrapMode: Text.Wrap
            font.pixelSize: 13
            opacity: 0.8
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: details.description.length > 0
            text: details.description
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodyFont
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: details.documents.length > 0
            text: qsTr("Bring along:") + "\n• " + details.documents.join("\n• ")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Flow {
            Layout.fillWidth: true
            visible: !details.removed
            spacing: Theme.spacing
            Button {
                text: details.state === "done" ? qsTr("Done ✓") : qsTr("Mark as done")
                highlighted: details.state !== "done"
                onClicked: Checklist.setState(details.member, details.step, details.state === "done" ? "open" : "done")
                Accessible.name: text
            }
            Button {
                text: details.state === "not_needed" ? qsTr("Needed after all") : qsTr("Not needed")
                flat: true
                onClicked: Checklist.setState(details.member, details.step, details.state === "not_needed" ? "open" : "not_needed")
                Accessible.name: text
            }
        }
        Button {
            visible: details.article.length > 0
            text: qsTr("Read more about it")
            flat: true
            onClicked: App.open("article", [details.article])
            Accessible.name: text
        }
        Button {
            visible: !details.removed
            text: qsTr("Show at the counter")
            flat: true
            onClicked: App.open("counter", [details.member, details.step])
            Accessible.name: qsTr("Show this step in German and in your language, large, at the office counter")
        }
        Label {
            Layout.fillWidth: true
            visible: details.offerCategory.length > 0 && places.count > 0
            text: qsTr("Where to go")
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        OfferListModel {
            id: places
            content: Content
            language: App.language
            category: details.offerCategory
            // Nearest first, from the city centre until the user picks a place.
            fromLatitude: Content.center()[0]
            fromLongitude: Content.center()[1]
        }
        Repeater {
            // No category means no list, not every place.
            model: details.offerCategory.length > 0 ? places : null
            delegate: OfferDelegate {
                Layout.fillWidth: true
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("My note")
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
        }
        TextArea {
            objectName: "stepNote"
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            text: details.note
            placeholderText: qsTr("e.g. appointment on 5 March, bring the rental contract")
            wrapMode: TextEdit.Wrap
            onEditingFinished: if (text !== details.note) Checklist.setNote(details.member, details.step, text)
            Accessible.name: qsTr("My note for this step")
        }
    }
}
