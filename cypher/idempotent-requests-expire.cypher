// Removes up to $limit expired idempotency records (older than $expiredBefore).
MATCH (r:IdempotentRequest)
WHERE r.at < $expiredBefore
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS removed
