' Helps the user choose a plan: quick replies, a HEAR menu, and SELECT CASE on the choice.
TALK "Which plan are you interested in?"
ADD SUGGESTION "basic" AS "Basic"
ADD SUGGESTION "pro" AS "Pro"
ADD SUGGESTION "enterprise" AS "Enterprise"
HEAR plan AS "basic", "pro", "enterprise"
CLEAR SUGGESTIONS
SELECT CASE plan
    CASE "basic"
        TALK "Basic is free for one bot."
    CASE "pro"
        TALK "Pro costs 20 a month for ten bots."
    CASE ELSE
        TALK "Enterprise is priced per contract; our sales team will call you."
END SELECT
TALK "Monthly or yearly billing?"
HEAR billing AS "Monthly", "Yearly"
IF billing = "Yearly" THEN
    TALK "Yearly billing saves two months."
ELSE
    TALK "Monthly billing can be cancelled at any time."
END IF
