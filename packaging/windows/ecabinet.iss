; Inno Setup script for the Windows installer of the eCabinet app.
; NOT BUILT OR TRIED from this repository: the CI machine runs Linux. On a Windows build machine with
; Python and Inno Setup 6:
;   .venv\Scripts\python packaging\build.py            (builds dist\ecabinet\ and then calls ISCC itself)
; or by hand:
;   ISCC /DAppVersion=0.1.0 /DDist=C:\path\to\dist packaging\windows\ecabinet.iss
; A provisioning file (provisioning.toml) placed next to ecabinet.exe after installation, or in
; C:\ProgramData\ecabinet\, is read at start (see docs/packaging.md).

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (packaging/build.py does)
#endif
#ifndef Dist
  #define Dist "..\..\dist"
#endif

[Setup]
AppId={{6A1C3E52-7B8D-4C0E-9E0B-3CAB14E00001}
AppName=eCabinet
AppVersion={#AppVersion}
AppPublisher=eCabinet developers
DefaultDirName={autopf}\eCabinet
DefaultGroupName=eCabinet
DisableProgramGroupPage=yes
OutputDir={#Dist}
OutputBaseFilename=ecabinet-{#AppVersion}-setup
SetupIconFile={#Dist}\icons\ecabinet.ico
UninstallDisplayIcon={app}\ecabinet.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-machine install, so the IT office's provisioning file beside the app cannot be changed by the user.
PrivilegesRequired=admin
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Dist}\ecabinet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\eCabinet"; Filename: "{app}\ecabinet.exe"
Name: "{autodesktop}\eCabinet"; Filename: "{app}\ecabinet.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\ecabinet.exe"; Description: "{cm:LaunchProgram,eCabinet}"; Flags: nowait postinstall skipifsilent
