-- Jakarta Batch job repository (Payara's JDBC persistence manager, table prefix "jbatch").
-- Created here, before the application starts, because Payara creates these tables lazily on
-- the first JobOperator.start() and that first start then fails (payara-spike.md, batch gotcha 4).
-- The definitions are Payara's own PostgreSQL DDL; Payara skips tables that already exist.
CREATE TABLE jbatchcheckpointdata (
    id character varying(512),
    obj bytea
);

CREATE TABLE jbatchjobinstancedata (
    jobinstanceid serial NOT NULL PRIMARY KEY,
    name character varying(512),
    apptag character varying(512)
);

CREATE TABLE jbatchexecutioninstancedata (
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

CREATE TABLE jbatchstepexecutioninstancedata (
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

CREATE TABLE jbatchjobstatus (
    id bigint NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    obj bytea
);

CREATE TABLE jbatchstepstatus (
    id bigint NOT NULL REFERENCES jbatchstepexecutioninstancedata (stepexecid),
    obj bytea
);
