console.log("[scn-graph] launcher build pending");
