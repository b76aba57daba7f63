"""The live session: attendance and quorum, the current item, recusals, speakers, presenter page, votes."""
