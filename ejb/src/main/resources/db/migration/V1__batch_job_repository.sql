-- Jakarta Batch job repository (Payara's JDBC persistence manager, table prefix "jbatch").
-- Payara may create these tables itself while it deploys the application (before this migration
-- runs), or only lazily on the first JobOperator.start(), which then fails (payara-spike.md, batch
-- gotcha 4). So they are created here if missing, with Payara's own PostgreSQL DDL, and Payara
-- skips tables that already exist.
CREATE TABLE IF NOT EXISTS jbatchcheckpointdata (
    id character varying(512),
    obj bytea
);

CREATE TABLE IF NOT EXISTS jbatchjobinstancedata (
    jobinstanceid serial NOT NULL PRIMARY KEY,
    name character varying(512),
    apptag character varying(512)
);

CREATE TABLE IF NOT EXISTS jbatchexecutioninstancedata (
    jobexecid serial NOT NULL PRIMARY KEY,
    jobinstanceid bigint NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    createtime timestamp,
    starttime timestamp,
    endtime timestamp,
    updatetime timestamp,
    parameters bytea,
    batchstatus character varying(512),
    exitstatus character varying(512)
);

CREATE TABLE IF NOT EXISTS jbatchstepexecutioninstancedata (
    stepexecid serial NOT NULL PRIMARY KEY,
    jobexecid bigint NOT NULL REFERENCES jbatchexecutioninstancedata (jobexecid),
    batchstatus character varying(512),
    exitstatus character varying(512),
    stepname character varying(512),
    readcount integer,
    writecount integer,
    commitcount integer,
    rollbackcount integer,
    readskipcount integer,
    processskipcount integer,
    filtercount integer,
    writeskipcount integer,
    starttime timestamp,
    endtime timestamp,
    persistentdata bytea
);

CREATE TABLE IF NOT EXISTS jbatchjobstatus (
    id bigint NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    obj bytea
);

CREATE TABLE IF NOT EXISTS jbatchstepstatus (
    id bigint NOT NULL REFERENCES jbatchstepexecutioninstancedata (stepexecid),
    obj bytea
);
