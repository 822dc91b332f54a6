// How many transactions are open on the server, besides this one.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery IS NULL OR NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS open
