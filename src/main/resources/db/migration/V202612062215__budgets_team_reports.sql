-- Teams' quarterly reports (§9): the services (departments) each team runs, and the team's comment on each quarter.
-- A team is a body of the register (governance); the comment is the team's, not a department's, so the table of
-- comments per department (never shown on a page) gives way to one per team.

CREATE TABLE budget_team_service (
    team_id         BIGINT      NOT NULL,
    department_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (team_id, department_code)
);

CREATE TABLE budget_team_report (
    team_id       BIGINT        NOT NULL,
    quarter_start DATE          NOT NULL,
    comment       VARCHAR(4000) NOT NULL,
    written_by    BIGINT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, quarter_start)
);

DROP TABLE budget_team_comment;
