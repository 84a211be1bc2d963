// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Welcome

Item {
    id: root
    width: 390
    height: 844

    Component {
        id: shellComponent
        AppShell {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Search"
        when: windowShown

        function test_typeFindOpenAndRemember() {
            App.language = "en";
            App.clearRecentSearches();
            App.searchQuery = "";
            const shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            verify(App.open("search"));
            tryCompare(App, "currentPage", "search");
            const page = shell.currentStack.currentItem;
            const field = findChild(page, "searchField");
            verify(field);
            field.forceActiveFocus();
            keyClick(Qt.Key_G);
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_M);
            compare(App.searchQuery, "gam");
            let list = null;
            tryVerify(() => (list = findChild(page, "results")) !== null && list.count > 0, 5000);
            const first = list.itemAtIndex(0);
            verify(first);
            compare(first.target, "article:gamma");
            first.clicked();
            tryCompare(App, "currentPage", "article:gamma");
            compare(App.recentSearches[0], "gam");
            // Back on the search page, the query is still there.
            verify(shell.back());
            tryCompare(App, "currentPage", "search");
            compare(findChild(shell.currentStack.currentItem, "searchField").text, "gam");
        }

        // The row of the first checklist step in the results, or -1.
        function stepRow(list: ListView): int {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i);
                if (item && item.kind === "step")
                    return i;
            }
            return -1;
        }

        function test_stepOpensForItsMemberElseItsArticle() {
            App.language = "de";
            App.searchQuery = "";
            // Nobody in this household has a foreign driving licence.
            const profile = { "arrival": "2026-03-01", "from": "abroad", "eu_efta": false, "permit": "B",
                "members": [{ "id": "ana", "name": "Ana", "age": 30, "foreign_licence": false }] };
            compare(Checklist.saveHousehold(profile), "");
            const shell = createTemporaryObject(shellComponent, root);
            verify(App.open("search"));
            tryCompare(App, "currentPage", "search");
            const page = shell.currentStack.currentItem;
            App.searchQuery = "Führerausweis umtauschen";
            let list = null;
            tryVerify(() => (list = findChild(page, "results")) !== null && stepRow(list) >= 0, 5000);
            let hit = list.itemAtIndex(stepRow(list));
            compare(hit.ref, "adult-licence");
            // The step applies to nobody: its article opens.
            hit.clicked();
            tryCompare(App, "currentPage", "article:gamma");
            // Once it applies to Ana, her step opens.
            profile.members[0].foreign_licence = true;
            compare(Checklist.saveHousehold(profile), "");
            compare(Checklist.stepLink("adult-licence"), "step:ana/adult-licence");
            verify(shell.back());
            tryCompare(App, "currentPage", "search");
            hit = list.itemAtIndex(stepRow(list));
            hit.clicked();
            tryCompare(App, "currentPage", "step:ana/adult-licence");
            // No member and no article: the checklist.
            compare(Checklist.stepLink("child-school"), "");
        }

        function test_nothingFoundSaysSo() {
            App.searchQuery = "";
            const shell = createTemporaryObject(shellComponent, root);
            App.open("search");
            const page = shell.currentStack.currentItem;
            App.searchQuery = "xqzvbnm";
            const empty = findChild(page, "noResults");
            verify(empty);
            tryVerify(() => empty.visible, 5000);
            verify(empty.message.indexOf("xqzvbnm") >= 0);
        }
    }
}
