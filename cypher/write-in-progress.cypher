// How many transactions tagged with this write's id ($writeId, in the metadata writeOnce gives each attempt) are
// still open: 0 once a write whose commit answer was lost has landed or been rolled back.
SHOW TRANSACTIONS YIELD metaData
WHERE metaData.scnWriteId = $writeId
RETURN count(*) AS open
