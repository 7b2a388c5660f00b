#!/bin/sh
# Prints the class path a jpackage launcher uses, from its .cfg file, with $APPDIR replaced by the given folder.
# CDS archives only apply when the class path matches the one they were dumped with, so both sides use this.
cfg=$1
appdir=$2
grep '^app.classpath=' "$cfg" | sed -e 's/^app.classpath=//' -e "s|\$APPDIR|$appdir|g" | paste -sd: -
