// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The app's frame: one StackView per bottom tab, and the router for page requests.
Item {
    id: shell

    /** The stack of the selected tab. */
    readonly property StackView currentStack: [homeStack, guideStack, checklistStack, settingsStack][tabBar.currentIndex]

    /** Every page, by route kind (C++ Route knows the kinds and their arguments): the tab it opens on, its file,
        the page properties its arguments fill in order, and fixed properties. A tab's own page is in tabRoots. */
    readonly property var pages: ({
        "home": { tab: 0 },
        "guide": { tab: 1, file: "pages/GuidePage.qml" },
        "checklist": { tab: 2, file: "pages/ChecklistPage.qml" },
        "settings": { tab: 3, file: "pages/SettingsPage.qml" },
        "topic": { tab: 1, file: "pages/TopicPage.qml", args: ["topicId"] },
        "article": { tab: 1, file: "pages/ArticlePage.qml", args: ["slug"] },
        "search": { tab: 1, file: "pages/SearchPage.qml" },
        "offer": { tab: 1, file: "pages/OfferPage.qml", args: ["offerId"] },
        "places": { tab: 1, file: "pages/PlacesPage.qml", props: { "showMap": false } },
        "map": { tab: 1, file: "pages/PlacesPage.qml", props: { "showMap": true } },
        "location": { tab: 1, file: "pages/LocationPage.qml" },
        "onboarding": { tab: 2, file: "pages/OnboardingPage.qml" },
        "step": { tab: 2, file: "pages/StepPage.qml", args: ["member", "step"] },
        "counter": { tab: 2, file: "pages/CounterPage.qml", args: ["member", "step"] },
        "whatsnew": { tab: 3, file: "pages/WhatsNewPage.qml" }
    })
    /** The page at the bottom of each tab's stack, by tab index. */
    readonly property var tabRoots: ["home", "guide", "checklist", "settings"]

    /** Goes back one step: pops the current stack, else returns to Home. Returns false when already home. */
    function back(): bool {
        if (currentStack.depth > 1) {
            currentStack.pop();
            return true;
        }
        if (tabBar.currentIndex !== 0) {
            tabBar.currentIndex = 0;
            return true;
        }
        return false;
    }

    /** Shows the page of route kind @p kind with @p args; @p reset starts from the root of the page's tab.
        A tab's own page always shows its tab. */
    function navigate(kind: string, args: list<string>, reset: bool) {
        const entry = pages[kind];
        if (!entry) {
            console.warn("No page for route kind", kind);
            return;
        }
        const isRoot = tabRoots[entry.tab] === kind;
        if (reset || isRoot) {
            tabBar.currentIndex = entry.tab;
            currentStack.pop(null, StackView.Immediate);
        }
        ensureRootPage();
        if (isRoot)
            return;
        // The page is told its kind (objectName) so that routeOf() can say which page it is.
        const props = Object.assign({ "objectName": kind }, entry.props ?? {});
        (entry.args ?? []).forEach((name, i) => props[name] = args[i]);
        currentStack.push(Qt.resolvedUrl(entry.file), props, reset ? StackView.Immediate : StackView.PushTransition);
    }

    /** The route text of @p page, from its kind and the properties its arguments went to. A page that shows
        several kinds (Places: the list or the map) is the one whose fixed properties it has now. */
    function routeOf(page: Item): string {
        if (!page)
            return "";
        let kind = page.objectName;
        const entry = pages[kind];
        if (!entry)
            return "";
        for (const other in pages) {
            const props = pages[other].props;
            if (pages[other].file === entry.file && props && Object.keys(props).every(p => page[p] === props[p]))
                kind = other;
        }
        return App.formatRoute(kind, (entry.args ?? []).map(name => page[name]));
    }

    /** Tabs other than Home get their first page on first visit: start-up builds only Home. */
    /** The stack is looked up from the index, not read from currentStack: called from the index's change
        handler, which may run before the currentStack binding has followed. */
    function ensureRootPage() {
        const index = tabBar.currentIndex;
        const stack = [homeStack, guideStack, checklistStack, settingsStack][index];
        if (stack.depth === 0)
            stack.push(Qt.resolvedUrl(pages[tabRoots[index]].file), { "objectName": tabRoots[index] }, StackView.Immediate);
    }

    // First start: the checklist questions slide in once Home is on screen (skippable), so the first frame
    // does not wait for them.
    Timer {
        running: true
        interval: 400
        onTriggered: {
            if (App.showFirstRun && !Checklist.hasHousehold && App.currentPage === "home")
                shell.navigate("onboarding", [], true);
        }
    }

    // Pages load on first use (Qt.resolvedUrl): start-up compiles only Home.
    Connections {
        target: App
        function onNavigateRequested(kind: string, args: list<string>, reset: bool) {
            shell.navigate(kind, args, reset);
        }
    }

    Binding {
        target: App
        property: "currentPage"
        value: shell.routeOf(shell.currentStack.currentItem)
    }

    Component {
        id: homePage
        HomePage {
            objectName: "home"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // After a content update, until dismissed; loaded by URL only then, so start-up does not even compile it.
        Loader {
            Layout.fillWidth: true
            active: Sync.justUpdated
            visible: active
            source: Qt.resolvedUrl("components/UpdateBanner.qml")
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabBar.currentIndex

            StackView {
                id: homeStack
                initialItem: homePage
            }
            StackView {
                id: guideStack
            }
            StackView {
                id: checklistStack
            }
            StackView {
                id: settingsStack
            }
        }

        NavigationBar {
            id: tabBar
            objectName: "tabBar"
            Layout.fillWidth: true
            onCurrentIndexChanged: shell.ensureRootPage()

            NavigationTab {
                text: qsTr("Home")
                icon: Qt.resolvedUrl("icons/home.svg")
                current: tabBar.currentIndex === 0
                onClicked: tabBar.currentIndex = 0
            }
            NavigationTab {
                //: The tab with all topics and articles
                text: qsTr("Guide")
                icon: Qt.resolvedUrl("icons/guide.svg")
                current: tabBar.currentIndex === 1
                onClicked: tabBar.currentIndex = 1
            }
            NavigationTab {
                //: The tab with the personal checklist
                text: qsTr("Checklist")
                icon: Qt.resolvedUrl("icons/checklist.svg")
                current: tabBar.currentIndex === 2
                onClicked: tabBar.currentIndex = 2
            }
            NavigationTab {
                text: qsTr("Settings")
                icon: Qt.resolvedUrl("icons/settings.svg")
                current: tabBar.currentIndex === 3
                onClicked: tabBar.currentIndex = 3
            }
        }
    }

    // Desktop Escape and the Android back key both step back; back at Home leaves the app.
    Shortcut {
        sequences: ["Esc", "Back"]
        onActivated: {
            if (!shell.back())
                Qt.quit();
        }
    }
}
