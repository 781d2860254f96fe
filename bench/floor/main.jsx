// The bench floor: the smallest three-question wizard on the app's stack (React, react-dom, a
// react-router data router with hash URLs, zustand, Tailwind through the same CSS pipeline).
// `npm run bench` builds it in the same run as the app and compares the two.
import { createRoot } from 'react-dom/client'
import { createHashRouter, Link, RouterProvider, useNavigate, useParams } from 'react-router'
import { create } from 'zustand'
import './index.css'

const QUESTIONS = [
  { title: 'When do you see the error?', answers: ['When I press Send', 'Later, in a bounce'] },
  { title: 'Which mail app are you using?', answers: ['Outlook', 'Thunderbird', 'Apple Mail'] },
  { title: 'Which port does the outgoing server use?', answers: ['587', '465', '25'] },
]

const useAnswers = create((set) => ({
  answers: [],
  answer: (n, value) => set((s) => ({ answers: [...s.answers.slice(0, n), value] })),
}))

const button =
  'flex w-full min-h-14 items-center rounded-xl border-2 border-slate-300 bg-white px-4 py-3 text-left text-lg hover:border-blue-700 dark:border-slate-600 dark:bg-slate-900'

function Frame({ children }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 px-4 py-3 text-lg font-bold">Floor</header>
      <main className="mx-auto w-full max-w-2xl flex-1 space-y-6 px-4 py-8">{children}</main>
    </div>
  )
}

function Home() {
  return (
    <Frame>
      <h1 className="text-3xl font-bold">Fix the “Relay access denied” email error</h1>
      <p className="text-lg">A few short questions, then what to change.</p>
      <Link className={button} to="/q/0">
        Start
      </Link>
    </Frame>
  )
}

function Question() {
  const n = Number(useParams().n)
  const navigate = useNavigate()
  const answer = useAnswers((s) => s.answer)
  const question = QUESTIONS[n]
  if (!question) return <Done />
  return (
    <Frame>
      <h1 className="text-3xl font-bold">{question.title}</h1>
      <ul className="space-y-3">
        {question.answers.map((label) => (
          <li key={label}>
            <button
              type="button"
              className={button}
              onClick={() => {
                answer(n, label)
                void navigate(`/q/${n + 1}`)
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </Frame>
  )
}

function Done() {
  const answers = useAnswers((s) => s.answers)
  return (
    <Frame>
      <h1 className="text-3xl font-bold">Done</h1>
      <p>{answers.join(', ')}</p>
    </Frame>
  )
}

const router = createHashRouter([
  { path: '/', Component: Home },
  { path: '/q/:n', Component: Question },
])

createRoot(document.getElementById('root')).render(<RouterProvider router={router} />)
